import { describe, expect, it } from "vitest";
import { rankSimilar, type SimilarityInput } from "@/lib/insights/similarity";
import { extractTerms } from "@/lib/insights/terms";

const incident = (
  id: string,
  text: string,
  services: string[] = [],
  tags: string[] = [],
): SimilarityInput => ({ id, text, services, tags });

describe("extractTerms", () => {
  it("drops stop words and short words and stems the rest", () => {
    expect(
      extractTerms("The retries were retried by the checkout service").map((t) => t.stem),
    ).toEqual(["retri", "retri", "checkout", "servic"]);
  });

  it("keeps the word as written for labels, without a possessive", () => {
    expect(extractTerms("Bob's connections")).toEqual([
      { stem: "bob", word: "bob" },
      { stem: "connect", word: "connections" },
    ]);
  });
});

describe("rankSimilar", () => {
  const target = incident(
    "target",
    "The connection pool shrank when the feature flag was enabled; retries tripled the load.",
    ["payments-api", "ledger-db"],
    ["feature-flag"],
  );

  it("ranks by shared labels and text, and says why", () => {
    const matches = rankSimilar(target, [
      incident("unrelated", "A certificate expired on the marketing site.", ["www"], ["tls"]),
      incident("text-only", "A feature flag shrank the connection pool of the search service.", [
        "search-api",
      ]),
      incident(
        "labels-and-text",
        "Retries exhausted the pool again.",
        ["Ledger-DB"],
        ["feature-flag"],
      ),
    ]);
    expect(matches.map((match) => match.id)).toEqual(["labels-and-text", "text-only"]);
    const [first, second] = matches;
    // Labels match regardless of case; the target's spelling is shown.
    expect(first?.sharedServices).toEqual(["ledger-db"]);
    expect(first?.sharedTags).toEqual(["feature-flag"]);
    expect(first?.sharedTerms).toEqual(expect.arrayContaining(["pool", "retries"]));
    expect(second?.sharedServices).toEqual([]);
    expect(second?.sharedTerms).toEqual(expect.arrayContaining(["feature", "flag"]));
    expect(second?.sharedTerms.length).toBeLessThanOrEqual(4);
    expect(second?.textSimilarity).toBeGreaterThan(0.1);
  });

  it("leaves out incidents with nothing in common, and an empty corpus", () => {
    expect(rankSimilar(target, [])).toEqual([]);
    expect(rankSimilar(target, [incident("other", "Disk filled up on a build agent.")])).toEqual(
      [],
    );
  });

  it("scores identical incidents 1 and respects the limit", () => {
    const copies = Array.from({ length: 8 }, (_, index) => ({ ...target, id: `copy-${index}` }));
    const matches = rankSimilar(target, copies, { limit: 3 });
    expect(matches).toHaveLength(3);
    expect(matches[0]?.score).toBeCloseTo(1, 2);
    // Equal scores keep the caller's order.
    expect(matches.map((match) => match.id)).toEqual(["copy-0", "copy-1", "copy-2"]);
  });

  it("weighs rare shared words above common ones", () => {
    const matches = rankSimilar(incident("t", "hikari pool outage"), [
      incident("a", "outage checkout"),
      incident("b", "outage storage"),
      incident("c", "hikari frontend"),
      incident("d", "outage billing"),
    ]);
    expect(matches[0]?.id).toBe("c");
    expect(matches[0]?.sharedTerms).toEqual(["hikari"]);
  });
});
