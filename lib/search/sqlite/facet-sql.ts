// Facet counts for SQLite search, from the facet values kept per incident (see the
// migration 20261206200100_search_facets). Re-joining the services, tags and participants
// of every matching incident, or grouping their facet rows, sorts ~120,000 rows for a
// common word (9,000 matches, 35-40 ms); the search readers instead tally each matching
// incident's packed codes in one pass (3 ms). Pure: SQL text and Prisma.Sql only.
//
//   "SearchFacetValue"  one row per (facet, value) ever seen, with a small integer code;
//                       never shrinks between rebuilds (an unused code counts nothing).
//   "SearchFacet"       (incident number, code): the incident's severity, status, month,
//                       services, tags, participants (their user ids) and key moments.
//   "SearchFacetSet"    (incident number, its codes packed as "3,17,42"), for the tally.
// Triggers on Incident, IncidentService, IncidentTag and IncidentParticipant keep them in
// the same transaction as every write; key moments follow "SearchMoment", rebuilt with
// the stale incident rows before a search (momentFacetRefreshStatements); a rebuild
// refills everything.
import { Prisma } from "@/generated/prisma/client";
import type { FacetKey } from "@/lib/search/search-types";

/** The facets "SearchFacet" holds, and for each the rows (number, value) it holds. */
export const TABLE_FACETS: Record<FacetKey, string> = {
  severity: `SELECT i."number", i."severity" AS "value" FROM "Incident" i`,
  status: `SELECT i."number", i."status" AS "value" FROM "Incident" i`,
  month: `SELECT i."number", substr(coalesce(i."startedAt", i."createdAt"), 1, 7) AS "value" FROM "Incident" i`,
  service: `SELECT i."number", t."name" AS "value" FROM "IncidentService" t JOIN "Incident" i ON i."id" = t."incidentId"`,
  tag: `SELECT i."number", t."name" AS "value" FROM "IncidentTag" t JOIN "Incident" i ON i."id" = t."incidentId"`,
  participant: `SELECT i."number", t."userId" AS "value" FROM "IncidentParticipant" t JOIN "Incident" i ON i."id" = t."incidentId"`,
  moment: `SELECT k."number", k."kind" AS "value" FROM "SearchMoment" k`,
};

// Each incident's codes packed in one text, rewritten from "SearchFacet" wherever that
// changes (the triggers do the same): what the readers' tally reads.
function packedCodesSql(numbers: string): string {
  return `INSERT OR REPLACE INTO "SearchFacetSet" ("number", "codes")
    SELECT i."number", (SELECT group_concat(f."code") FROM "SearchFacet" f WHERE f."number" = i."number")
    FROM "Incident" i WHERE i."number" IN (${numbers})`;
}

/** Empties and refills the facet tables from the source tables (part of a rebuild). */
export function facetRebuildStatements(): string[] {
  const statements = [
    `DELETE FROM "SearchFacet"`,
    `DELETE FROM "SearchFacetValue"`,
    `DELETE FROM "SearchFacetSet"`,
  ];
  for (const [facet, rows] of Object.entries(TABLE_FACETS)) {
    statements.push(
      `INSERT OR IGNORE INTO "SearchFacetValue" ("facet", "value")
       SELECT DISTINCT '${facet}', r."value" FROM (${rows}) r WHERE r."value" IS NOT NULL`,
      `INSERT OR IGNORE INTO "SearchFacet" ("number", "code")
       SELECT r."number", v."code" FROM (${rows}) r
       JOIN "SearchFacetValue" v ON v."facet" = '${facet}' AND v."value" = r."value"`,
    );
  }
  statements.push(
    `INSERT INTO "SearchFacetSet" ("number", "codes")
     SELECT "number", group_concat("code") FROM "SearchFacet" GROUP BY "number"`,
  );
  return statements;
}

/** Brings the key-moment rows of the stale incidents up to date ("SearchMoment" first). */
export function momentFacetRefreshStatements(stale: string): string[] {
  return [
    `DELETE FROM "SearchFacet" WHERE "number" IN (${stale})
       AND "code" IN (SELECT "code" FROM "SearchFacetValue" WHERE "facet" = 'moment')`,
    `INSERT OR IGNORE INTO "SearchFacetValue" ("facet", "value")
       SELECT DISTINCT 'moment', "kind" FROM "SearchMoment" WHERE "number" IN (${stale})`,
    `INSERT OR IGNORE INTO "SearchFacet" ("number", "code")
       SELECT k."number", v."code" FROM "SearchMoment" k
       JOIN "SearchFacetValue" v ON v."facet" = 'moment' AND v."value" = k."kind"
       WHERE k."number" IN (${stale})`,
    packedCodesSql(stale),
  ];
}

const FACET_LIMIT = Prisma.raw("12");

function facetJson(sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`json((SELECT json_group_array(json_object('value', "value", 'label', "label", 'count', "count")) FROM (${sql})))`;
}

// The counts of one facet, from "facetCounts", as (value, label, count) rows.
function counted(facet: FacetKey): Prisma.Sql {
  return Prisma.sql`SELECT v."value" AS "value", v."value" AS "label", c."count" AS "count"
    FROM "facetCounts" c CROSS JOIN "SearchFacetValue" v ON v."code" = c."code"
    WHERE v."facet" = ${Prisma.raw(`'${facet}'`)}`;
}

/**
 * The common table expression "facetCounts" (code, count) over the incidents of
 * "matched". On a search reader, its aggregate function search_facet_tally (see
 * search-reader-worker.mjs) counts the packed codes of each matching incident in one pass;
 * elsewhere (the app's own connection, which has no such function) one GROUP BY over
 * their facet rows gives the same counts, sorting every row (35 ms instead of 3 for
 * 9,000 matches).
 */
export function facetCountsCte(isTallied: boolean): Prisma.Sql {
  if (isTallied) {
    return Prisma.sql`"facetCounts" AS MATERIALIZED (
      SELECT json_extract(t."value", '$[0]') AS "code", json_extract(t."value", '$[1]') AS "count"
      FROM json_each((SELECT search_facet_tally(s."codes")
        FROM "matched" m CROSS JOIN "SearchFacetSet" s ON s."number" = m."number")) t
    ),`;
  }
  return Prisma.sql`"facetCounts" AS MATERIALIZED (
      SELECT f."code", count(*) AS "count"
      FROM "matched" m CROSS JOIN "SearchFacet" f ON f."number" = m."number"
      GROUP BY f."code"
    ),`;
}

/** Each facet as a JSON array of {value, label, count}, in the order the page shows. */
export const FACETS: Record<FacetKey, Prisma.Sql> = {
  severity: facetJson(Prisma.sql`${counted("severity")} ORDER BY 1`),
  status: facetJson(Prisma.sql`${counted("status")} ORDER BY 1`),
  month: facetJson(Prisma.sql`${counted("month")} ORDER BY 1 DESC LIMIT ${FACET_LIMIT}`),
  service: facetJson(Prisma.sql`${counted("service")} ORDER BY 3 DESC, 1 LIMIT ${FACET_LIMIT}`),
  tag: facetJson(Prisma.sql`${counted("tag")} ORDER BY 3 DESC, 1 LIMIT ${FACET_LIMIT}`),
  // The first twelve by count, then name: the same order as the list shows (ties at the
  // twelfth used to be cut in an order nobody chose).
  participant: facetJson(Prisma.sql`SELECT u."email" AS "value", u."name" AS "label", c."count"
    FROM (${counted("participant")}) c CROSS JOIN "User" u ON u."id" = c."value"
    ORDER BY 3 DESC, 2 LIMIT ${FACET_LIMIT}`),
  moment: facetJson(Prisma.sql`${counted("moment")} ORDER BY 3 DESC, 1`),
};
