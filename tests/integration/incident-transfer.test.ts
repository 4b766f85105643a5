// The complete JSON export and import (lib/incident-transfer) on the demo review, seeded by
// `npm run demo`'s own code: export → import → export gives the same document apart from
// what the import itself adds; what the exporter may not see never leaves; a bad file
// leaves nothing behind.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser, WorkspaceRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { exportIncident } from "@/lib/incident-transfer/export-incident";
import { importIncident } from "@/lib/incident-transfer/import-incident";
import type { IncidentTransfer } from "@/lib/incident-transfer/transfer-schema";
import { getIncidentForUser } from "@/lib/incidents/get-incident";
import { listIncidentHistory } from "@/lib/incidents/list-incident-history";
import { updateTimelineEvent } from "@/lib/timeline/update-timeline-event";

// The demo seed applies migrations the way "npm start" does (prisma migrate deploy), which
// wants a database of its own: this file uses a fresh one instead of the setup's, chosen
// before the data layer is imported.
const demoDirectory = vi.hoisted(() => {
  const directory = `${process.env.DEBRIEF_DATA_DIR ?? "/tmp"}/transfer-demo`;
  process.env.DATABASE_URL = `file:${directory}/demo.db`;
  return directory;
});
afterAll(() => fs.rmSync(demoDirectory, { recursive: true, force: true }));

const root = path.resolve(import.meta.dirname, "..", "..");
let reference = "";
const people: Record<string, SessionUser> = {};

beforeAll(() => {
  const output = execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/seed-demo.ts"],
    { cwd: root, env: { ...process.env }, encoding: "utf8" },
  );
  reference = /Seeded (INC-\d+)/.exec(output)?.[1] ?? "";
  expect(reference, output).not.toBe("");
}, 180_000);

async function person(name: string): Promise<SessionUser> {
  if (!people[name]) {
    const row = await db.user.findUniqueOrThrow({ where: { email: `${name}@debrief.local` } });
    people[name] = {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role as WorkspaceRole,
    };
  }
  return people[name];
}

// What differs between an export and the export of its import, by design: when and from
// where it was exported, and the history entry that records the import.
function comparable(file: IncidentTransfer) {
  return {
    ...file,
    exportedAt: "(export time)",
    origin: { ...file.origin, reference: "(reference)" },
    history: file.history.filter((entry) => entry.action !== "incident.imported"),
  };
}

// Each test moves the whole demo review (415 events, 19 sources) a few times: seconds, more
// on a loaded machine.
describe("JSON export and import of the demo review", { timeout: 60_000 }, () => {
  it("round-trips: export → import → export is the same document", async () => {
    const dana = await person("dana");
    // An edited event: its originals travel beside the new words.
    const event = await db.timelineEvent.findFirstOrThrow({
      where: { incident: { number: Number(reference.slice(4)) }, isManual: false },
      orderBy: { time: "asc" },
    });
    const saved = await updateTimelineEvent(dana, reference, {
      eventId: event.id,
      baseVersion: event.version,
      values: {
        time: event.time.toISOString(),
        message: `${event.message} (checked against the pager log)`,
        service: event.service ?? "",
        keyMoment: null,
        keyMomentNote: "",
      },
    });
    expect(saved.status).toBe("saved");

    const first = await exportIncident(dana, reference);
    expect(first.evidenceSources.length).toBeGreaterThan(5);
    expect(first.evidenceSources.every((source) => source.rawText.length > 0)).toBe(true);
    expect(first.traceSpans.length).toBeGreaterThan(0);
    expect(first.timelineEvents.some((row) => row.keyMoment && row.keyMomentNote)).toBe(true);
    const edited = first.timelineEvents.find((row) => row.message.endsWith("pager log)"));
    expect(edited?.original?.message).toBe(event.message);
    expect(first.incident.timeZone).toBe("Europe/Paris");
    expect(first.participants.map((participant) => participant.person.email)).toContain(
      "alice@debrief.local",
    );
    expect(first.history.some((entry) => entry.action === "timeline.event_updated")).toBe(true);

    const imported = await importIncident(dana, JSON.parse(JSON.stringify(first)));
    expect(imported.reference).not.toBe(reference);
    expect(imported.unmatched).toEqual([]);
    const second = await exportIncident(dana, imported.reference);
    expect(comparable(second)).toEqual(comparable(first));
    expect(second.history.filter((entry) => entry.action === "incident.imported")).toHaveLength(1);

    // The copy's history says it was imported and who did each step there.
    const history = await listIncidentHistory(dana, imported.reference);
    expect(history[0]?.action).toBe("incident.imported");
    expect(history.some((entry) => entry.actorName === "Dana Okafor (imported)")).toBe(true);
  });

  it("leaves out what the exporter may not see", async () => {
    const [dana, bob, priya] = [await person("dana"), await person("bob"), await person("priya")];
    const secret = "worried this would land on me";
    const interview = "read the 503s at checkout as a payments outage";
    expect(JSON.stringify(await exportIncident(bob, reference))).toContain(secret);
    const asDana = JSON.stringify(await exportIncident(dana, reference));
    expect(asDana).not.toContain(secret);
    expect(asDana).toContain(interview);
    const asPriya = await exportIncident(priya, reference);
    const priyaText = JSON.stringify(asPriya);
    expect(priyaText).not.toContain(secret);
    expect(priyaText).not.toContain(interview);
    // Changes to notes are their maker's to see, in the export as on the history page.
    expect(
      asPriya.history
        .filter((entry) => entry.action.startsWith("model."))
        .map((e) => e.actor.email),
    ).not.toContain("bob@debrief.local");

    // A restricted incident is not there at all for someone outside it.
    const outsider = await db.user.create({
      data: { email: "outsider@example.test", name: "Out Sider", passwordHash: "x" },
    });
    const copy = await exportIncident(dana, reference);
    const restricted = await importIncident(dana, {
      ...copy,
      incident: { ...copy.incident, visibility: "restricted" },
    });
    await expect(
      exportIncident(
        { id: outsider.id, email: outsider.email, name: outsider.name, role: "member" },
        restricted.reference,
      ),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps people without an account here by name", async () => {
    const dana = await person("dana");
    const file = await exportIncident(dana, reference);
    const elsewhere = JSON.parse(
      JSON.stringify(file).replaceAll("alice@debrief.local", "alice@elsewhere.test"),
    ) as IncidentTransfer;
    const imported = await importIncident(dana, elsewhere);
    expect(imported.unmatched).toContainEqual({
      name: "Alice Moreau",
      email: "alice@elsewhere.test",
    });
    const again = await exportIncident(dana, imported.reference);
    expect(again.participants).toContainEqual({
      person: { name: "Alice Moreau", email: "alice@elsewhere.test" },
      role: "participant",
    });
    expect(again.notes.map((note) => note.subject.email)).toContain("alice@elsewhere.test");
    expect(JSON.stringify(again)).not.toContain("alice@debrief.local");
    // The overview lists them, read only, beside the participants with accounts.
    const view = await getIncidentForUser(dana, imported.reference, "UTC");
    expect(view.importedParticipants).toEqual([
      { name: "Alice Moreau", email: "alice@elsewhere.test", role: "participant" },
    ]);
  });

  it("refuses a bad file with readable reasons and saves nothing", async () => {
    const dana = await person("dana");
    const before = await db.incident.count();
    const file = await exportIncident(dana, reference);

    const wrong = await importIncident(dana, { format: "something else" }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AppError);
    expect((wrong as AppError).userMessage).toMatch(/not a Debrief incident export/);

    const broken = structuredClone(file);
    broken.timelineEvents[3]!.time = "yesterday";
    const brokenError = await importIncident(dana, broken).catch((e: unknown) => e);
    expect((brokenError as AppError).fieldErrors.file?.[0]).toMatch(/^timelineEvents\.3\.time: /);

    // Valid piece by piece, but a note points at an event the file does not have.
    const dangling = structuredClone(file);
    dangling.notes[0]!.anchorEvent = "e999999";
    await expect(importIncident(dana, dangling)).rejects.toMatchObject({ code: "invalid_input" });

    // A title the form would refuse fails inside the transaction: nothing is left behind.
    const tooLong = structuredClone(file);
    tooLong.incident.title = "x".repeat(400);
    await expect(importIncident(dana, tooLong)).rejects.toMatchObject({ code: "invalid_input" });

    const vera = await person("vera");
    await expect(importIncident(vera, file)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.incident.count()).toBe(before);
  });
});
