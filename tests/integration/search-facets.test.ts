// The facet table of search ("SearchFacet", lib/search/sqlite/facet-sql.ts) against the
// tables it summarises: after every kind of write to incidents, services, tags,
// participants and key moments, and after a rebuild, it holds exactly what the source
// tables say (and the packed codes the readers tally, the same), the counts a search shows
// follow, and a reader's tally counts what a GROUP BY on the app's connection counts.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { searchBackend, searchIncidents } from "@/lib/search/search-incidents";
import { parseSearchQuery } from "@/lib/search/search-query";
import { refreshStaleIncidents } from "@/lib/search/sqlite/reindex-sqlite";
import { searchStatement } from "@/lib/search/sqlite/sqlite-search-backend";
import {
  hasSearchReaders,
  readOneValue,
  readOnMainConnection,
} from "@/lib/search/sqlite/search-readers";
import { createManualEvent } from "@/lib/timeline/create-manual-event";
import { makeIncident, makeUser } from "./factories";

const word = () => `zq${randomUUID().replaceAll("-", "").slice(0, 10)}`;

interface FacetRow {
  number: number;
  facet: string;
  value: string;
}

const sortRows = (rows: FacetRow[]) =>
  rows
    .map((row) => `${row.number} ${row.facet} ${row.value}`)
    .sort()
    .join("\n");

// What the source tables say, written out here rather than taken from facet-sql.ts.
async function expectedRows(numbers: number[]): Promise<string> {
  const list = numbers.join(", ");
  const rows = await db.$queryRawUnsafe<FacetRow[]>(`
    SELECT "number", 'severity' AS "facet", "severity" AS "value" FROM "Incident" WHERE "number" IN (${list})
    UNION ALL SELECT "number", 'status', "status" FROM "Incident" WHERE "number" IN (${list})
    UNION ALL SELECT "number", 'month', substr(coalesce("startedAt", "createdAt"), 1, 7) FROM "Incident" WHERE "number" IN (${list})
    UNION ALL SELECT i."number", 'service', s."name" FROM "IncidentService" s JOIN "Incident" i ON i."id" = s."incidentId" WHERE i."number" IN (${list})
    UNION ALL SELECT i."number", 'tag', t."name" FROM "IncidentTag" t JOIN "Incident" i ON i."id" = t."incidentId" WHERE i."number" IN (${list})
    UNION ALL SELECT i."number", 'participant', p."userId" FROM "IncidentParticipant" p JOIN "Incident" i ON i."id" = p."incidentId" WHERE i."number" IN (${list})
    UNION ALL SELECT DISTINCT i."number", 'moment', e."keyMoment" FROM "TimelineEvent" e JOIN "Incident" i ON i."id" = e."incidentId"
      WHERE i."number" IN (${list}) AND e."keyMoment" IS NOT NULL AND e."deletedAt" IS NULL`);
  return sortRows(rows.map((row) => ({ ...row, number: Number(row.number) })));
}

// Each incident's packed codes ("SearchFacetSet", what the readers tally) against its rows.
async function packedMismatches(numbers: number[]): Promise<unknown[]> {
  return db.$queryRawUnsafe(`
    SELECT i."number", s."codes",
      (SELECT group_concat("code") FROM (SELECT "code" FROM "SearchFacet" WHERE "number" = i."number" ORDER BY 1)) AS "rows"
    FROM "Incident" i LEFT JOIN "SearchFacetSet" s ON s."number" = i."number"
    WHERE i."number" IN (${numbers.join(", ")})
      AND coalesce((SELECT group_concat("value") FROM (SELECT CAST("value" AS INTEGER) AS "value" FROM json_each('[' || s."codes" || ']') ORDER BY 1)), '')
        <> coalesce((SELECT group_concat("code") FROM (SELECT "code" FROM "SearchFacet" WHERE "number" = i."number" ORDER BY 1)), '')`);
}

async function indexedRows(numbers: number[]): Promise<string> {
  const rows = await db.$queryRawUnsafe<FacetRow[]>(`
    SELECT f."number", v."facet", v."value" FROM "SearchFacet" f
    JOIN "SearchFacetValue" v ON v."code" = f."code"
    WHERE f."number" IN (${numbers.join(", ")})`);
  return sortRows(rows.map((row) => ({ ...row, number: Number(row.number) })));
}

const numberOf = (reference: string) => Number(reference.replace(/\D/g, ""));

let owner: SessionUser;
let helper: SessionUser;

beforeAll(async () => {
  owner = await makeUser("member", "Fay Facet");
  helper = await makeUser("member", "Hal Helper");
});

describe("search facet table", () => {
  it("follows inserts, updates and deletes of every source, and a rebuild", async () => {
    const marker = word();
    const first = await makeIncident(owner, {
      title: `${marker} one`,
      severity: "SEV2",
      startedAt: "2026-02-03T04:05",
      services: ["ledger-db", "payments-api"],
      tags: ["database"],
    });
    const second = await makeIncident(owner, { title: `${marker} two`, tags: ["network"] });
    const numbers = [numberOf(first), numberOf(second)];
    const check = async () => {
      expect(await indexedRows(numbers)).toBe(await expectedRows(numbers));
      expect(await packedMismatches(numbers)).toEqual([]);
    };
    await check();

    // The incident's own fields.
    await db.incident.update({
      where: { number: numbers[0] },
      data: { severity: "SEV1", status: "published", startedAt: new Date("2025-11-30T23:00Z") },
    });
    await check();

    // Services, tags and participants: added, renamed, removed.
    const firstId = (await db.incident.findUniqueOrThrow({ where: { number: numbers[0] } })).id;
    const secondId = (await db.incident.findUniqueOrThrow({ where: { number: numbers[1] } })).id;
    await db.incidentService.create({ data: { incidentId: secondId, name: "ledger-db" } });
    await db.incidentService.update({
      where: { incidentId_name: { incidentId: firstId, name: "payments-api" } },
      data: { name: "checkout-web" },
    });
    await db.incidentTag.deleteMany({ where: { incidentId: firstId } });
    await db.incidentParticipant.create({ data: { incidentId: secondId, userId: helper.id } });
    await check();
    await db.incidentParticipant.delete({
      where: { incidentId_userId: { incidentId: secondId, userId: helper.id } },
    });
    await check();

    // Key moments follow the timeline once a search has rebuilt the stale incident rows.
    const event = await createManualEvent(owner, second, {
      values: {
        time: "2026-03-14T09:11:40Z",
        message: "paged the on-call",
        service: "",
        keyMoment: "detection",
        keyMomentNote: "",
      },
    });
    if (event.status !== "saved") throw new Error(JSON.stringify(event));
    await searchIncidents(owner, marker);
    await check();
    await db.timelineEvent.update({ where: { id: event.eventId }, data: { keyMoment: null } });
    await searchIncidents(owner, marker);
    await check();

    // A rebuild writes the same rows.
    const before = await indexedRows(numbers);
    await searchBackend().reindex();
    expect(await indexedRows(numbers)).toBe(before);
    await check();

    // Deleting an incident (its services and tags go with it) leaves nothing behind.
    await db.incident.delete({ where: { number: numbers[0] } });
    expect(await indexedRows([numbers[0]!])).toBe("");
    const packed = await db.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM "SearchFacetSet" WHERE "number" = ${numbers[0]}`,
    );
    expect(packed).toEqual([]);
    await check();
  });

  it("counts what the matching incidents hold, and follows changes", async () => {
    const marker = word();
    const first = await makeIncident(owner, {
      title: `${marker} alpha`,
      severity: "SEV1",
      services: ["ledger-db"],
      tags: ["database", "capacity"],
    });
    await makeIncident(owner, {
      title: `${marker} beta`,
      severity: "SEV3",
      services: ["ledger-db", "edge-proxy"],
      tags: ["database"],
    });
    const facets = async () => (await searchIncidents(helper, marker)).facets;
    expect((await facets()).service).toEqual([
      { value: "ledger-db", label: "ledger-db", count: 2 },
      { value: "edge-proxy", label: "edge-proxy", count: 1 },
    ]);
    expect((await facets()).tag).toEqual([
      { value: "database", label: "database", count: 2 },
      { value: "capacity", label: "capacity", count: 1 },
    ]);
    expect((await facets()).severity.map((entry) => [entry.value, entry.count])).toEqual([
      ["SEV1", 1],
      ["SEV3", 1],
    ]);

    await db.incident.update({ where: { number: numberOf(first) }, data: { severity: "SEV3" } });
    expect((await facets()).severity.map((entry) => [entry.value, entry.count])).toEqual([
      ["SEV3", 2],
    ]);
    // The creator takes part in both; someone added to one counts once.
    await db.incidentParticipant.create({
      data: {
        incidentId: (await db.incident.findUniqueOrThrow({ where: { number: numberOf(first) } }))
          .id,
        userId: helper.id,
      },
    });
    expect((await facets()).participant).toEqual([
      { value: owner.email, label: owner.name, count: 2 },
      { value: helper.email, label: helper.name, count: 1 },
    ]);
  });

  it("lists the first twelve participants by count, then by name", async () => {
    const marker = word();
    const people = await Promise.all(
      Array.from({ length: 14 }, (_, index) =>
        makeUser("member", `Tie ${String.fromCharCode(110 - index)} ${marker}`),
      ),
    );
    const reference = await makeIncident(owner, { title: `${marker} crowded` });
    const incident = await db.incident.findUniqueOrThrow({
      where: { number: numberOf(reference) },
    });
    await db.incidentParticipant.createMany({
      data: people.map((person) => ({ incidentId: incident.id, userId: person.id })),
    });
    const listed = (await searchIncidents(owner, marker)).facets.participant;
    // Fifteen people with one incident each: the first twelve by name, not by chance.
    const names = [owner, ...people].map((person) => person.name).sort();
    expect(listed.map((entry) => entry.label)).toEqual(names.slice(0, 12));
  });

  it("counts the same on a reader thread (tally) as on the app's connection (GROUP BY)", async () => {
    const marker = word();
    for (const [index, severity] of (["SEV1", "SEV2", "SEV2", "SEV4"] as const).entries()) {
      await makeIncident(index % 2 === 0 ? owner : helper, {
        title: `${marker} ${index}`,
        severity,
        startedAt: `2026-0${index + 1}-10T10:00`,
        services: index === 3 ? [] : ["ledger-db", `svc-${index}`],
        tags: index === 0 ? [] : ["database", `tag-${index % 2}`],
      });
    }
    expect(hasSearchReaders()).toBe(true);
    await refreshStaleIncidents();
    const query = parseSearchQuery(marker);
    const window = { offset: 0, limit: 20 };
    const onReader = await readOneValue(searchStatement(owner, query, window, true));
    const onConnection = await readOnMainConnection(searchStatement(owner, query, window, false));
    const facets = (value: unknown) =>
      (JSON.parse(typeof value === "string" ? value : "{}") as { facets: unknown }).facets;
    expect(facets(onReader)).toEqual(facets(onConnection));
    expect(onReader).toBe(onConnection);
    expect((facets(onReader) as { service: { count: number }[] }).service[0]).toMatchObject({
      value: "ledger-db",
      count: 3,
    });
  });
});
