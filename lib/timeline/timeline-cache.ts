// Answers about an incident's timeline (filtered totals, windows, facets) cached until the
// database changes. Under load every request recomputed the same count and facets over
// 100,000 events; now one computes and the others share its answer.
//
// The revision: SQLite's `PRAGMA data_version` changes when another connection commits
// (the bulk importer, a worker, another process) and `total_changes()` when this
// connection writes (every save through Prisma). Both are read on Prisma's one connection,
// in one cheap query, before the answer is computed: a change that lands meanwhile makes
// the next request recompute, never serves a stale answer twice. Access is checked by the
// caller before it asks, so an answer cached for one person is only ever served to another
// who may see the same incident.
import "server-only";
import { db } from "@/lib/db";

const MAX_INCIDENTS = 32;
const MAX_ANSWERS_PER_INCIDENT = 256;

interface IncidentAnswers {
  revision: string;
  answers: Map<string, Promise<unknown>>;
}

// On globalThis so dev-mode reloads share one cache.
const globalForCache = globalThis as unknown as {
  debriefTimelineCache?: Map<string, IncidentAnswers>;
};
const cache = (globalForCache.debriefTimelineCache ??= new Map());

export async function databaseRevision(): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ changes: bigint; version: bigint }[]>(
    "SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version",
  );
  return `${row?.changes ?? ""}/${row?.version ?? ""}`;
}

export interface TimelineAnswers {
  /** The cached answer for `key` at this revision, or `compute()` shared by every caller. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** The answers cached for an incident at the database's current revision. */
export async function timelineAnswers(incidentId: string): Promise<TimelineAnswers> {
  const revision = await databaseRevision();
  let entry = cache.get(incidentId);
  if (!entry || entry.revision !== revision) {
    entry = { revision, answers: new Map() };
    if (cache.size >= MAX_INCIDENTS) cache.delete(cache.keys().next().value as string);
  } else {
    // Most recently used last, so the oldest incident is the one dropped.
    cache.delete(incidentId);
  }
  cache.set(incidentId, entry);
  const answers = entry.answers;
  return {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const found = answers.get(key);
      if (found) return found as Promise<T>;
      const answer = compute();
      answers.set(key, answer);
      if (answers.size > MAX_ANSWERS_PER_INCIDENT)
        answers.delete(answers.keys().next().value as string);
      // A failed computation is not remembered.
      answer.catch(() => {
        if (answers.get(key) === answer) answers.delete(key);
      });
      return answer;
    },
  };
}
