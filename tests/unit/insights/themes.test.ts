import { describe, expect, it } from "vitest";
import { groupThemes, type ThemeNote } from "@/lib/insights/themes";

let counter = 0;
const note = (incidentId: string, text: string, kind: ThemeNote["kind"] = "factor"): ThemeNote => ({
  id: `n${++counter}`,
  incidentId,
  kind,
  text,
});

describe("groupThemes", () => {
  it("groups notes of different incidents by shared stems, with links to each incident", () => {
    const themes = groupThemes([
      note("i1", "Retries from checkout-web tripled the load."),
      note("i2", "The client retried every failed call.", "surprise"),
      note("i3", "The engineer on duty was awake.", "lucky"),
    ]);
    expect(themes).toHaveLength(1);
    expect(themes[0]?.label).toBe("retries");
    expect(themes[0]?.incidentIds).toEqual(["i1", "i2"]);
    expect(themes[0]?.notes.map((entry) => entry.kind)).toEqual(["factor", "surprise"]);
  });

  it("merges words found in the same notes, in the order they are written", () => {
    const themes = groupThemes([
      note("i1", "The feature flag changed the pool size."),
      note("i2", "A feature flag was flipped without a load test."),
    ]);
    expect(themes.map((theme) => theme.label)).toEqual(["feature flag"]);
  });

  it("needs two incidents: one incident repeating itself is not a theme", () => {
    expect(
      groupThemes([note("i1", "Failover took too long."), note("i1", "Failover was manual.")]),
    ).toEqual([]);
  });

  it("drops a theme whose notes sit inside a larger theme of the same incidents", () => {
    const themes = groupThemes([
      note("i1", "Connection pool exhausted."),
      note("i2", "Connection pool too small."),
      note("i2", "The pool metrics were on another dashboard."),
    ]);
    expect(themes.map((theme) => theme.label)).toEqual(["pool"]);
    expect(themes[0]?.notes).toHaveLength(3);
  });

  it("orders by incidents, then notes, and respects the limit", () => {
    const notes = [
      note("a", "dns cache"),
      note("b", "dns cache"),
      note("c", "dns resolver"),
      note("a", "certificate expiry"),
      note("b", "certificate expiry"),
    ];
    const themes = groupThemes(notes);
    expect(themes.map((theme) => [theme.label, theme.incidentIds.length])).toEqual([
      ["dns", 3],
      // Its notes are all in "dns", but it names fewer incidents: a narrower theme, kept.
      ["cache", 2],
      ["certificate expiry", 2],
    ]);
    expect(groupThemes(notes, { limit: 1 })).toHaveLength(1);
    expect(groupThemes([])).toEqual([]);
  });
});
