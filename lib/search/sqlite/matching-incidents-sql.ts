// The incidents a person may see that match a parsed query, as one SQL SELECT of incident
// rows (alias-free columns: id, number, severity, status, startedAt, createdAt). Access is
// part of the WHERE (visibleIncidentSql, visibleNoteSql), so callers (search results,
// facets, insights) cannot count or show anything the person may not see.
//
// Every positive term must match somewhere in the incident (any field, any event), each
// exclusion nowhere in it; filters narrow on the incident's own fields and lists.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { visibleIncidentSql } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { visibleNoteSql } from "@/lib/mental-models/visible-note-sql";
import { ftsPhrase } from "@/lib/search/fts-match";
import type { SearchFilters, SearchQuery } from "@/lib/search/search-query";
import { INCIDENT_SHIFT } from "@/lib/search/sqlite/index-layout";

const incidentShift = Prisma.raw(String(INCIDENT_SHIFT));

/**
 * Numbers of the incidents where the FTS5 expression matches: in the incident's own text
 * (one row per incident), or in a note the viewer may see. A number may come twice (UNION
 * ALL): callers only ask IN / NOT IN, and removing duplicates cost a sorted copy of every
 * match (10,000 rows for a common word).
 */
export function incidentsMatching(viewer: SessionUser, match: string): Prisma.Sql {
  return Prisma.sql`
    SELECT rowid AS "number" FROM "SearchIncident" WHERE "SearchIncident" MATCH ${match}
    UNION ALL
    SELECT "SearchNote".rowid >> ${incidentShift} FROM "SearchNote"
    JOIN "SearchDocument" "document" ON "document"."id" = "SearchNote".rowid
    JOIN "ModelNote" "note" ON "note"."id" = "document"."itemId"
    WHERE "SearchNote" MATCH ${match} AND ${visibleNoteSql(viewer.id, "note")}`;
}

export const termTable = (index: number) => Prisma.raw(`"term${index}"`);

/**
 * The common table expressions of a search: one per term ("term0"…, positive terms first,
 * in query order) and "matched", the incidents the viewer may see that match the whole
 * query. Each term's index pass runs once, straight into the IN list "matched" probes;
 * "matched" reads the covering index of what searches need, never the incident rows.
 */
export function searchCtes(viewer: SessionUser, query: SearchQuery): Prisma.Sql {
  const positive = query.terms.filter((term) => !term.isExcluded);
  const excluded = query.terms.filter((term) => term.isExcluded);
  const terms = positive.map(
    (term, index) =>
      Prisma.sql`${termTable(index)} AS (${incidentsMatching(viewer, ftsPhrase(term))}),`,
  );
  const conditions = [
    visibleIncidentSql(viewer, "i"),
    ...filterConditions(query.filters),
    ...positive.map(
      (_term, index) => Prisma.sql`i."number" IN (SELECT "number" FROM ${termTable(index)})`,
    ),
    ...excluded.map(
      (term) =>
        Prisma.sql`i."number" NOT IN (SELECT "number" FROM (${incidentsMatching(viewer, ftsPhrase(term))}))`,
    ),
  ];
  return Prisma.sql`${terms.length > 0 ? Prisma.join(terms, "\n") : Prisma.empty}
    "matched" AS MATERIALIZED (
      SELECT i."id", i."number", i."severity", i."status", i."startedAt", i."createdAt"
      FROM "Incident" i INDEXED BY "Incident_search_key"
      WHERE ${Prisma.join(conditions, " AND ")}
    )`;
}

const startSql = Prisma.sql`coalesce(i."startedAt", i."createdAt")`;

function filterConditions(filters: SearchFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  for (const service of filters.services) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "IncidentService" s
      WHERE s."incidentId" = i."id" AND lower(s."name") = lower(${service}))`);
  }
  for (const tag of filters.tags) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "IncidentTag" t
      WHERE t."incidentId" = i."id" AND lower(t."name") = lower(${tag}))`);
  }
  for (const person of filters.participants) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "IncidentParticipant" p
      JOIN "User" u ON u."id" = p."userId"
      WHERE p."incidentId" = i."id" AND (lower(u."email") = lower(${person}) OR lower(u."name") = lower(${person})))`);
  }
  if (filters.severities.length > 0) {
    conditions.push(Prisma.sql`i."severity" IN (${Prisma.join(filters.severities)})`);
  }
  if (filters.statuses.length > 0) {
    conditions.push(Prisma.sql`i."status" IN (${Prisma.join(filters.statuses)})`);
  }
  if (filters.months.length > 0) {
    conditions.push(Prisma.sql`substr(${startSql}, 1, 7) IN (${Prisma.join(filters.months)})`);
  }
  if (filters.moments.length > 0) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "SearchMoment" k
      WHERE k."number" = i."number" AND k."kind" IN (${Prisma.join(filters.moments)}))`);
  }
  if (filters.after) conditions.push(Prisma.sql`${startSql} >= ${filters.after}`);
  if (filters.before) conditions.push(Prisma.sql`${startSql} < ${filters.before}`);
  return conditions;
}

/** The matching incidents as one SELECT (id, number, severity, status, startedAt, createdAt). */
export function matchingIncidentsSql(viewer: SessionUser, query: SearchQuery): Prisma.Sql {
  return Prisma.sql`WITH ${searchCtes(viewer, query)} SELECT * FROM "matched"`;
}
