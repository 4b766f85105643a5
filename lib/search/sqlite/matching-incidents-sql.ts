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
import type { SearchFilters, SearchQuery, SearchTerm } from "@/lib/search/search-query";
import { INCIDENT_SHIFT, KIND_SHIFT, kindOf } from "@/lib/search/sqlite/index-layout";

const incidentShift = Prisma.raw(String(INCIDENT_SHIFT));
const noteKind = Prisma.raw(String(kindOf("note")));
const kindShift = Prisma.raw(String(KIND_SHIFT));

/** Incident numbers with a row matching the FTS5 expression, notes only where visible. */
export function incidentNumbersMatching(viewer: SessionUser, match: string): Prisma.Sql {
  return Prisma.sql`
    SELECT rowid >> ${incidentShift} FROM "SearchText"
    WHERE "SearchText" MATCH ${`- {note} : (${match})`}
    UNION ALL
    SELECT "SearchText".rowid >> ${incidentShift} FROM "SearchText"
    JOIN "SearchDocument" "document" ON "document"."id" = "SearchText".rowid
    JOIN "ModelNote" "note" ON "note"."id" = "document"."itemId"
    WHERE "SearchText" MATCH ${`{note} : (${match})`}
      AND (("SearchText".rowid >> ${kindShift}) & 15) = ${noteKind}
      AND ${visibleNoteSql(viewer.id, "note")}`;
}

function termCondition(viewer: SessionUser, term: SearchTerm): Prisma.Sql {
  const numbers = incidentNumbersMatching(viewer, ftsPhrase(term));
  return term.isExcluded
    ? Prisma.sql`i."number" NOT IN (${numbers})`
    : Prisma.sql`i."number" IN (${numbers})`;
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
  for (const moment of filters.moments) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "TimelineEvent" e
      WHERE e."incidentId" = i."id" AND e."keyMoment" = ${moment} AND e."deletedAt" IS NULL)`);
  }
  if (filters.after) conditions.push(Prisma.sql`${startSql} >= ${filters.after}`);
  if (filters.before) conditions.push(Prisma.sql`${startSql} < ${filters.before}`);
  return conditions;
}

export function matchingIncidentsSql(viewer: SessionUser, query: SearchQuery): Prisma.Sql {
  const conditions = [
    visibleIncidentSql(viewer, "i"),
    ...filterConditions(query.filters),
    ...query.terms.map((term) => termCondition(viewer, term)),
  ];
  return Prisma.sql`
    SELECT i."id", i."number", i."severity", i."status", i."startedAt", i."createdAt"
    FROM "Incident" i
    WHERE ${Prisma.join(conditions, " AND ")}`;
}
