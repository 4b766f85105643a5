// Import progress for big pastes: asked for NDJSON, the import answers one JSON object per
// line, progress first and the result last; access problems keep their own status.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { importEvidenceStream, wantsProgress } from "@/lib/evidence/import-evidence-stream";
import { makeIncident, makeUser } from "./factories";

function logText(count: number): string {
  const start = Date.parse("2026-03-14T00:00:00Z");
  return Array.from(
    { length: count },
    (_, i) =>
      `ts=${new Date(start + i * 1000).toISOString()} level=info svc=api msg="request ${i} handled in a while"`,
  ).join("\n");
}

describe("import progress", () => {
  it("streams progress lines, then the result", { timeout: 120_000 }, async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    const request = new Request("http://local/x", { headers: { accept: "application/x-ndjson" } });
    expect(wantsProgress(request)).toBe(true);
    const response = await importEvidenceStream(user, reference, {
      sources: [{ name: "big.log", text: logText(30_000) }],
    });
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map(
        (line) => JSON.parse(line) as { type: string; phase?: string; result?: { events: number } },
      );
    expect(lines[0]).toMatchObject({ type: "progress", phase: "parsing" });
    expect(lines.filter((line) => line.phase === "writing").length).toBeGreaterThan(2);
    expect(lines.at(-1)).toMatchObject({ type: "done", result: { events: 30_000 } });
  });

  it("keeps a 404 for someone who may not see the incident", async () => {
    const owner = await makeUser();
    const reference = await makeIncident(owner, { visibility: "restricted" });
    const outsider = await makeUser();
    await expect(
      importEvidenceStream(outsider, reference, {
        sources: [{ name: "big.log", text: logText(30_000) }],
      }),
    ).rejects.toMatchObject({ code: "not_found" } satisfies Partial<AppError>);
  });

  it(
    "ends with the error, code and message, when a started import fails",
    {
      timeout: 120_000,
    },
    async () => {
      const user = await makeUser();
      const reference = await makeIncident(user);
      // Over the worker threshold, so progress starts; no line has a time, so nothing lands.
      const text = Array.from({ length: 60_000 }, (_, i) => `no time on line ${i} at all`).join(
        "\n",
      );
      const response = await importEvidenceStream(user, reference, {
        sources: [{ name: "timeless.log", text }],
      });
      const lines = (await response.text())
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { type: string; error?: unknown });
      expect(lines[0]).toMatchObject({ type: "progress" });
      expect(lines.at(-1)).toEqual({
        type: "error",
        error: {
          code: "invalid_input",
          message:
            "Nothing in the paste could be read as an event with a time, so nothing was imported.",
          fields: {},
        },
      });
    },
  );
});
