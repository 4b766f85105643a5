// One search reader thread: its own READ-ONLY SQLite connection, on which it runs the
// search statements the request thread built (lib/search/sqlite/search-readers.ts). Plain
// JavaScript with no import of the app, so it starts fast in dev, in the production server
// (whose bundle it is not part of) and in tests. It only runs the SQL it is given: access
// control is in that SQL, exactly as on the main connection.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const database = new Database(workerData.databaseFile, { readonly: true, fileMustExist: true });
database.pragma(`busy_timeout = ${workerData.busyTimeoutMs}`);
// A reader may map the file and keep more pages: the FTS index of 10,000 incidents is
// read again by every search (see README, "Search").
database.pragma("mmap_size = 268435456");
database.pragma("cache_size = -65536");

const statements = new Map();

// The facet counts of a search (lib/search/sqlite/facet-sql.ts): an aggregate over the
// matching incidents' packed facet codes ("3,17,42"), answering [[code, count], ...] as
// JSON. One pass with an array of counters, where a GROUP BY sorted every code of every
// match (~120,000 rows for a common word: 35 ms; this: 3 ms).
database.aggregate("search_facet_tally", {
  start: () => [],
  step: (counts, codes) => {
    if (typeof codes !== "string" || codes === "") return;
    let code = 0;
    for (let index = 0; index <= codes.length; index++) {
      const character = index < codes.length ? codes.charCodeAt(index) : 44;
      if (character === 44) {
        counts[code] = (counts[code] ?? 0) + 1;
        code = 0;
      } else {
        code = code * 10 + character - 48;
      }
    }
  },
  result: (counts) =>
    JSON.stringify(counts.flatMap((count, code) => (count ? [[code, count]] : []))),
});

// Answers already given, by statement and values (the viewer's id and role are part of
// both, so an answer is only ever reused for the same person). Any commit by another
// connection (every write of the app, the import worker, a reindex) changes data_version,
// and the whole cache is dropped before the next search reads it: never a stale answer.
// Off with DEBRIEF_SEARCH_CACHE=0 (the benchmark's in-process run measures the queries).
const CACHE_ENTRIES = 500;
const answers = new Map();
let seenVersion = -1;

function cached(sql, values, compute) {
  if (!workerData.isCacheOn) return compute();
  const version = database.pragma("data_version", { simple: true });
  if (version !== seenVersion) {
    answers.clear();
    seenVersion = version;
  }
  const key = `${JSON.stringify(values)}\u0000${sql}`;
  if (answers.has(key)) {
    const value = answers.get(key);
    // Most recently used last: the oldest entry is the first to go.
    answers.delete(key);
    answers.set(key, value);
    return value;
  }
  const value = compute();
  answers.set(key, value);
  if (answers.size > CACHE_ENTRIES) answers.delete(answers.keys().next().value);
  return value;
}

function prepared(sql) {
  let statement = statements.get(sql);
  if (!statement) {
    statement = database.prepare(sql);
    // Statements differ by query shape (number of terms and filters), not by values.
    if (statements.size > 200) statements.clear();
    statements.set(sql, statement);
  }
  return statement;
}

// Incident rows that writes marked stale must be rebuilt (a write) before a search reads
// them: the request thread does that when told, then asks again. Checked here rather than
// by the request thread, where it cost a query on the app's connection per search.
const staleCheck = database.prepare(`SELECT EXISTS (SELECT 1 FROM "SearchStale")`).pluck();

parentPort?.on("message", ({ id, sql, values }) => {
  try {
    if (staleCheck.get()) {
      parentPort?.postMessage({ id, isStale: true });
      return;
    }
    const value = cached(sql, values, () => {
      const row = prepared(sql)
        .raw(true)
        .get(...values);
      return row ? row[0] : null;
    });
    parentPort?.postMessage({ id, value });
  } catch (error) {
    parentPort?.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
      code: error && typeof error === "object" && "code" in error ? String(error.code) : undefined,
    });
  }
});
