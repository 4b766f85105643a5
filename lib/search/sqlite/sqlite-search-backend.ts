// Full-text search on SQLite FTS5: one statement, run on a search reader thread
// (search-readers.ts), answers the page of hits (with their highlighted snippets), the
// total and every facet, over the incidents of matchingIncidentsSql, so access applies to
// all of it and the match is computed once.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import type { SessionUser } from "@/lib/auth/roles";
import { visibleNoteSql } from "@/lib/mental-models/visible-note-sql";
import { ftsAnyOf } from "@/lib/search/fts-match";
import { hasSearchTerms, type SearchQuery } from "@/lib/search/search-query";
import type {
  FacetValue,
  SearchBackend,
  SearchFacets,
  SearchHit,
  SearchPage,
  SearchWindow,
} from "@/lib/search/search-types";
import { HIGHLIGHT_END, HIGHLIGHT_START, SEARCH_FIELDS } from "@/lib/search/search-types";
import {
  INCIDENT_BM25_RANK,
  INCIDENT_SHIFT,
  KIND_SHIFT,
  kindOf,
} from "@/lib/search/sqlite/index-layout";
import { FACETS, facetCountsCte } from "@/lib/search/sqlite/facet-sql";
import { reindexSqlite, refreshStaleIncidents } from "@/lib/search/sqlite/reindex-sqlite";
import { searchCtes } from "@/lib/search/sqlite/matching-incidents-sql";
import {
  hasSearchReaders,
  readOnMainConnection,
  readOneValue,
  StaleIndexError,
} from "@/lib/search/sqlite/search-readers";
import { snippetMatchSql } from "@/lib/search/sqlite/snippet-match-sql";

const SNIPPETS_PER_HIT = 3;
const SNIPPET_TOKENS = 16;

const shift = Prisma.raw(String(INCIDENT_SHIFT));
const kindShift = Prisma.raw(String(KIND_SHIFT));
const noteKind = Prisma.raw(String(kindOf("note")));
const eventKind = Prisma.raw(String(kindOf("event")));

interface RawHit {
  number: number;
  title: string;
  severity: string;
  status: string;
  visibility: string;
  startedAt: string | null;
  services: string[];
  tags: string[];
  matches: { kind: number; snippet: string; eventId: string | null; eventTime: string | null }[];
}

interface RawPage {
  total: number;
  hits: RawHit[];
  facets: Record<keyof SearchFacets, FacetValue[]>;
}

// bm25 with field weights over the incidents' own rows (one per incident, so a common word
// in a million log lines costs one row per incident, not one per line), read only for the
// incidents that matched. Incidents found only through a note come after.
function rankedSql(match: string): Prisma.Sql {
  return Prisma.sql`
    "ranks" AS MATERIALIZED (
      SELECT rowid AS "number", rank AS "score" FROM "SearchIncident"
      WHERE "SearchIncident" MATCH ${match} AND rank MATCH ${INCIDENT_BM25_RANK}
        AND +rowid IN (SELECT "number" FROM "matched")
    ),
    "scored" AS (
      SELECT m.*, coalesce(r."score", 0) AS "score" FROM "matched" m
      LEFT JOIN "ranks" r ON r."number" = m."number"
    ),`;
}

// Why one incident (correlated on "page"."number") matched: its first matching rows in
// field order (row ids put the title first and notes last: see index-sql.ts), each a
// seek into the FTS index by row-id range; notes only where the viewer may see them.
function snippetsSql(viewer: SessionUser): Prisma.Sql {
  return Prisma.sql`json((SELECT json_group_array(json_object(
      'kind', (x.rowid >> ${kindShift}) & 15, 'snippet', x."snippet", 'eventId', e."id", 'eventTime', e."time"))
    FROM (
      SELECT rowid, snippet("SearchText", -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${SNIPPET_TOKENS}) AS "snippet"
      FROM "SearchText"
      WHERE "SearchText" MATCH (SELECT "expression" FROM "snippetMatch")
        AND rowid BETWEEN ("page"."number" << ${shift}) AND (("page"."number" + 1) << ${shift}) - 1
        AND ((rowid >> ${kindShift}) & 15 <> ${noteKind} OR EXISTS (
          SELECT 1 FROM "SearchDocument" "document" JOIN "ModelNote" "note" ON "note"."id" = "document"."itemId"
          WHERE "document"."id" = "SearchText".rowid AND ${visibleNoteSql(viewer.id, "note")}))
      ORDER BY rowid LIMIT ${SNIPPETS_PER_HIT}
    ) x
    LEFT JOIN "SearchDocument" d ON d."id" = x.rowid AND (x.rowid >> ${kindShift}) & 15 = ${eventKind}
    LEFT JOIN "TimelineEvent" e ON e."id" = d."itemId"))`;
}

/** The one statement: a JSON object with total, hits and facets. */
export function searchStatement(
  viewer: SessionUser,
  query: SearchQuery,
  window: SearchWindow,
  isTallied: boolean,
): Prisma.Sql {
  const positive = query.terms.filter((term) => !term.isExcluded);
  const isRanked = hasSearchTerms(query);
  const match = ftsAnyOf(positive);
  const scored = isRanked
    ? rankedSql(match)
    : Prisma.sql`"scored" AS (SELECT m.*, 0 AS "score" FROM "matched" m),`;
  const matches = isRanked ? snippetsSql(viewer) : Prisma.sql`json('[]')`;
  const snippetMatch = isRanked
    ? Prisma.sql`"snippetMatch" AS MATERIALIZED (SELECT ${snippetMatchSql(positive)} AS "expression"),`
    : Prisma.empty;
  return Prisma.sql`
    WITH ${searchCtes(viewer, query)},
    ${facetCountsCte(isTallied)}
    ${scored}
    ${snippetMatch}
    "page" AS MATERIALIZED (
      SELECT * FROM "scored"
      ORDER BY "score", coalesce("startedAt", "createdAt") DESC, "number" DESC
      LIMIT ${window.limit} OFFSET ${window.offset}
    )
    SELECT json_object(
      'total', (SELECT count(*) FROM "matched"),
      'hits', json((SELECT json_group_array(json(h."hit")) FROM (
        SELECT json_object(
          'number', "page"."number", 'title', i."title", 'severity', i."severity",
          'status', i."status", 'visibility', i."visibility", 'startedAt', i."startedAt",
          'services', json((SELECT json_group_array("name") FROM (SELECT "name" FROM "IncidentService" WHERE "incidentId" = i."id" ORDER BY 1))),
          'tags', json((SELECT json_group_array("name") FROM (SELECT "name" FROM "IncidentTag" WHERE "incidentId" = i."id" ORDER BY 1))),
          'matches', ${matches}
        ) AS "hit"
        FROM "page" CROSS JOIN "Incident" i ON i."id" = "page"."id"
        ORDER BY "page"."score", coalesce("page"."startedAt", "page"."createdAt") DESC, "page"."number" DESC
      ) h)),
      'facets', json_object(
        'severity', ${FACETS.severity}, 'status', ${FACETS.status}, 'service', ${FACETS.service},
        'tag', ${FACETS.tag}, 'participant', ${FACETS.participant}, 'month', ${FACETS.month},
        'moment', ${FACETS.moment}
      )
    ) AS "result"`;
}

// Writes since the last search left incident rows to rebuild: rebuild them, then read
// again. While writes keep coming in between (an import in another incident marks rows stale
// all the time), a reader thread may never find the index fresh: after a few tries the
// search runs on the app's own connection, which reads what is there rather than failing.
// Only the readers have the facet tally function: the app's connection groups instead.
async function readAnswer(statementFor: (isTallied: boolean) => Prisma.Sql): Promise<unknown> {
  if (hasSearchReaders()) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        return await readOneValue(statementFor(true));
      } catch (error) {
        if (!(error instanceof StaleIndexError)) throw error;
        await refreshStaleIncidents();
      }
    }
  }
  return readOnMainConnection(statementFor(false));
}

export async function searchSqlite(
  viewer: SessionUser,
  query: SearchQuery,
  window: SearchWindow,
): Promise<SearchPage> {
  const result = await readAnswer((isTallied) => searchStatement(viewer, query, window, isTallied));
  const page = JSON.parse(typeof result === "string" ? result : "{}") as RawPage;
  return {
    total: page.total,
    hits: page.hits.map(shapeHit),
    facets: page.facets,
  };
}

function shapeHit(raw: RawHit): SearchHit {
  return {
    reference: formatIncidentReference(raw.number),
    title: raw.title,
    severity: raw.severity,
    status: raw.status,
    visibility: raw.visibility,
    startedAt: raw.startedAt ? new Date(raw.startedAt).toISOString() : null,
    services: raw.services,
    tags: raw.tags,
    matches: raw.matches.map((match) => ({
      field: SEARCH_FIELDS[match.kind] ?? "event",
      snippet: match.snippet,
      eventId: match.eventId,
      eventTime: match.eventTime ? new Date(match.eventTime).toISOString() : null,
    })),
  };
}

export const sqliteSearchBackend: SearchBackend = {
  search: searchSqlite,
  reindex: reindexSqlite,
};
