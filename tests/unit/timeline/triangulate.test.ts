import { describe, expect, it } from "vitest";
import { triangulate, type ObservedRequest } from "@/lib/traces/triangulate";

const request = (
  id: string,
  isFailed: boolean,
  services: [string, boolean][],
): ObservedRequest => ({
  id,
  label: id,
  isFailed,
  services: new Map(services),
});

describe("triangulate", () => {
  it("scores the service every failure touched highest and exonerates what only worked", () => {
    const result = triangulate([
      request("a", true, [
        ["web", false],
        ["api", true],
        ["db", false],
      ]),
      request("b", true, [
        ["web", false],
        ["api", true],
      ]),
      request("c", false, [
        ["web", false],
        ["cache", false],
      ]),
    ]);
    const score = (service: string) => result.scores.find((item) => item.service === service);
    // api: in 2 of 2 failures, no passes: 2 / sqrt(2 * 2) = 1.
    expect(score("api")?.score).toBeCloseTo(1);
    expect(score("api")?.isInEveryFailure).toBe(true);
    // web: in both failures and the success: 2 / sqrt(2 * 3).
    expect(score("web")?.score).toBeCloseTo(2 / Math.sqrt(6));
    expect(score("db")?.score).toBeCloseTo(1 / Math.sqrt(2));
    expect(score("cache")).toMatchObject({ score: 0, isExonerated: true });
    expect(result.services[0]).toBe("api");
    expect(result.requests[0]?.cells[0]).toBe("error");
  });

  it.each([
    { name: "no requests", requests: [] as ObservedRequest[], services: 0 },
    { name: "only successes", requests: [request("ok", false, [["web", false]])], services: 1 },
  ])("handles $name without dividing by zero", ({ requests, services }) => {
    const result = triangulate(requests);
    expect(result.services).toHaveLength(services);
    for (const score of result.scores) expect(Number.isFinite(score.score)).toBe(true);
  });
});
