// Lines that name no service (nginx access, PostgreSQL, Java without a logger name) take
// the service of their source the person set in the preview (which proposes a guess from
// the source name; an API client that sends none gets none). Both the request thread and the worker thread (pastes over 1 MB) apply
// it, in the preview and on import, and keep it with the source's options.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { guessService } from "@/lib/evidence/evidence-input";
import { importEvidence } from "@/lib/evidence/import-evidence";
import { previewEvidence } from "@/lib/evidence/preview-evidence";
import { makeIncident, makeUser } from "./factories";

const NGINX = fs.readFileSync(
  path.resolve(import.meta.dirname, "..", "fixtures", "samples", "nginx-combined.log"),
  "utf8",
);

// Over 1 MB of nginx access lines: parsed and written on the worker thread.
function largeNginx(): string {
  const lines = NGINX.trim().split("\n");
  const out: string[] = [];
  for (let size = 0; size < 1_200_000;) {
    for (const line of lines) {
      out.push(line);
      size += line.length + 1;
    }
  }
  return out.join("\n");
}

async function servicesOf(reference: string): Promise<(string | null)[]> {
  const incident = await db.incident.findFirstOrThrow({
    where: { number: Number(reference.slice(4)) },
  });
  const rows = await db.timelineEvent.findMany({
    where: { incidentId: incident.id },
    select: { service: true },
    distinct: ["service"],
  });
  return rows.map((row) => row.service);
}

describe("a source's service for lines that name none", () => {
  it("guesses the service from the source name", () => {
    expect(guessService("nginx-combined.log")).toBe("nginx");
    expect(guessService("par-edge-01.log")).toBe("par-edge-01");
    expect(guessService("logs/postgresql.log.1")).toBe("postgresql");
    expect(guessService("app.log (2)")).toBe("app");
    expect(guessService("Pasted text 1")).toBe("");
    // Named after its format: nothing to guess from.
    expect(guessService("logfmt.log")).toBe("");
    expect(guessService("access.log")).toBe("");
  });

  it("imports nginx lines with the chosen service, or none", async () => {
    const user = await makeUser();
    const unset = await makeIncident(user);
    await importEvidence(user, unset, {
      sources: [{ name: "nginx-combined.log", text: NGINX }],
    });
    expect(await servicesOf(unset)).toEqual([null]);

    const chosen = await makeIncident(user);
    const preview = await previewEvidence(user, chosen, {
      sources: [{ name: "nginx-combined.log", text: NGINX, options: { service: "shop-edge" } }],
    });
    expect(preview.sources[0]?.withoutService).toBeGreaterThan(0);
    expect(preview.sources[0]?.sample[0]?.service).toBe("shop-edge");
    await importEvidence(user, chosen, {
      sources: [{ name: "nginx-combined.log", text: NGINX, options: { service: "shop-edge" } }],
    });
    expect(await servicesOf(chosen)).toEqual(["shop-edge"]);
    const source = await db.evidenceSource.findFirstOrThrow({
      where: { incident: { number: Number(chosen.slice(4)) } },
    });
    expect(JSON.parse(source.options)).toMatchObject({ service: "shop-edge" });

    // An emptied field means no service.
    const none = await makeIncident(user);
    await importEvidence(user, none, {
      sources: [{ name: "nginx-combined.log", text: NGINX, options: { service: "" } }],
    });
    expect(await servicesOf(none)).toEqual([null]);
  });

  it("applies it on the worker thread too (pastes over 1 MB)", { timeout: 120_000 }, async () => {
    const user = await makeUser();
    const reference = await makeIncident(user);
    const text = largeNginx();
    const sources = [{ name: "edge-access.log", text, options: { service: "par-edge-01" } }];
    const preview = await previewEvidence(user, reference, { sources });
    expect(preview.sources[0]?.service).toBe("par-edge-01");
    expect(preview.sources[0]?.sample[0]?.service).toBe("par-edge-01");
    await importEvidence(user, reference, { sources });
    expect(await servicesOf(reference)).toEqual(["par-edge-01"]);
  });
});
