import { describe, expect, it } from "vitest";
import { describeChanges, type HistoryContext } from "@/lib/incidents/describe-history";

const context: HistoryContext = {
  nameOf: (id) => (id === "u1" ? "Priya Raman" : "former account"),
  formatTime: (iso) => `${iso.slice(11, 19)} UTC`,
  eventOf: (id) =>
    id === "e1"
      ? {
          time: "2026-03-14T09:13:00.000Z",
          service: "alertmanager",
          message: "[FIRING:1] High latency",
        }
      : null,
};

describe("history as people read it", () => {
  it("names an edited event by its time, service and words, and labels key moments", () => {
    const rows = describeChanges(
      "timeline.event_updated",
      {
        event: { from: null, to: "e1" },
        keyMoment: { from: null, to: "detection" },
        keyMomentNote: { from: "", to: "The first page." },
      },
      context,
    );
    expect(rows).toEqual([
      { label: "Event", from: null, to: "09:13:00 UTC · alertmanager · [FIRING:1] High latency" },
      { label: "Key moment", from: null, to: "Detection" },
      { label: "Key-moment note", from: null, to: "The first page." },
    ]);
  });

  it("says so when the event is gone, and never shows a raw id", () => {
    const [row] = describeChanges(
      "timeline.event_deleted",
      { event: { from: "e9", to: null } },
      context,
    );
    expect(row?.to).toBe("an event that no longer exists");
  });

  it("shows a dismissal by the words it was about and the reason", () => {
    const rows = describeChanges(
      "language.dismissed",
      { "HE-01": { from: "human error", to: "Quoted from the channel" } },
      context,
    );
    expect(rows[0]?.label).toMatch(/^Language note: /);
    expect(rows[0]?.label).not.toContain("HE-01");
    expect(rows[0]?.to).toBe("“human error” — dismissed: Quoted from the channel");
  });

  it("shows people by name, instants in the reader's format, filters in words", () => {
    const rows = describeChanges(
      "timeline.events_hidden",
      {
        hidden: { from: null, to: "12 events" },
        filter: { from: null, to: { service: "kubelet", text: "probe", includeHidden: true } },
      },
      context,
    );
    expect(rows).toEqual([
      { label: "Hidden", from: null, to: "12 events" },
      { label: "Matching", from: null, to: "service kubelet, “probe”" },
    ]);
    const overview = describeChanges(
      "incident.updated",
      {
        detectedAt: { from: "2026-03-14T09:13:00.000Z", to: "2026-03-14T09:12:00.000Z" },
        participants: { from: [], to: [{ userId: "u1", role: "participant" }] },
      },
      context,
    );
    expect(overview[0]).toEqual({ label: "Detected", from: "09:13:00 UTC", to: "09:12:00 UTC" });
    expect(overview[1]?.to).toContain("Priya Raman (participant)");
  });

  it("turns unknown keys into words rather than showing them raw", () => {
    const [row] = describeChanges("x", { someNewField: { from: "a", to: "b" } }, context);
    expect(row?.label).toBe("Some new field");
  });
});
