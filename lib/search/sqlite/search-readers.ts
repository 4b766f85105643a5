// A small pool of reader threads (search-reader-worker.mjs), each with its own read-only
// SQLite connection, that run search statements off the request thread. better-sqlite3 is
// synchronous: on the app's one connection, 20 concurrent searches queued behind each other
// and behind every page on one event loop (HTTP p95 3.9 s). WAL lets readers run beside
// the writer, so each thread answers on its own core. Falls back to the main connection
// where a second connection cannot see the same data (an in-memory database) or when
// DEBRIEF_SEARCH_THREADS=0. Each reader keeps a small cache of answers (see the worker).
import "server-only";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { DATABASE_BUSY_TIMEOUT_MS, databaseFilePath, resolveDatabaseUrl } from "@/lib/database-url";
import { env } from "@/lib/env";
import { refreshStaleIncidents } from "@/lib/search/sqlite/reindex-sqlite";

interface Reply {
  id: number;
  isStale?: boolean;
  value?: unknown;
  error?: string;
  code?: string;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Reader {
  worker: Worker;
  pending: Map<number, Pending>;
  isDead: boolean;
}

interface Pool {
  databaseFile: string;
  readers: Reader[];
  nextId: number;
}

/** The index has incident rows to rebuild first (refreshStaleIncidents), then ask again. */
export class StaleIndexError extends Error {
  constructor() {
    super("The search index has incident rows to rebuild first.");
  }
}

const globalForReaders = globalThis as unknown as { debriefSearchReaders?: Pool | null };

function threadCount(): number {
  const configured = process.env.DEBRIEF_SEARCH_THREADS;
  if (configured !== undefined && configured.trim() !== "") {
    return Math.max(0, Math.min(8, Math.floor(Number(configured)) || 0));
  }
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

function databaseFile(): string | null {
  const file = databaseFilePath(resolveDatabaseUrl(env()));
  if (file === "" || file === ":memory:" || file.includes("mode=memory")) return null;
  return path.resolve(file);
}

// The worker is plain JavaScript loaded from the source tree (the app runs from its root
// folder), like the import worker; Reflect.construct keeps the bundler from following it.
function workerFile(): string {
  return path.join(process.cwd(), "lib", "search", "sqlite", "search-reader-worker.mjs");
}

function startReader(pool: Pool): Reader {
  const worker: Worker = Reflect.construct(Worker, [
    workerFile(),
    {
      workerData: {
        databaseFile: pool.databaseFile,
        busyTimeoutMs: DATABASE_BUSY_TIMEOUT_MS,
        isCacheOn: process.env.DEBRIEF_SEARCH_CACHE !== "0",
      },
    },
  ]);
  const reader: Reader = { worker, pending: new Map(), isDead: false };
  worker.on("message", (reply: Reply) => {
    const pending = reader.pending.get(reply.id);
    if (!pending) return;
    reader.pending.delete(reply.id);
    if (reply.isStale) pending.reject(new StaleIndexError());
    else if (reply.error === undefined) pending.resolve(reply.value);
    else pending.reject(Object.assign(new Error(reply.error), { code: reply.code }));
  });
  // A reader that dies fails what it held and is replaced on the next search (not at
  // once: a reader that cannot start would otherwise restart forever).
  const fail = (error: Error) => {
    reader.isDead = true;
    for (const pending of reader.pending.values()) pending.reject(error);
    reader.pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`Search reader stopped (exit code ${code})`)));
  // Idle readers must not keep a script (the CLI, a benchmark, a test run) alive.
  worker.unref();
  return reader;
}

function pool(): Pool | null {
  if (globalForReaders.debriefSearchReaders !== undefined)
    return globalForReaders.debriefSearchReaders;
  const file = databaseFile();
  const count = threadCount();
  let created: Pool | null = null;
  if (file && count > 0) {
    created = { databaseFile: file, readers: [], nextId: 1 };
    for (let index = 0; index < count; index++) created.readers.push(startReader(created));
  }
  globalForReaders.debriefSearchReaders = created;
  return created;
}

/** Whether searches run on reader threads (which also have search_facet_tally). */
export function hasSearchReaders(): boolean {
  return pool() !== null;
}

/**
 * The statement on the app's own connection, after rebuilding stale incident rows. Rows that
 * writes mark stale meanwhile are read as they were, and rebuilt by the next search.
 */
export async function readOnMainConnection(statement: Prisma.Sql): Promise<unknown> {
  await refreshStaleIncidents();
  const rows = await db.$queryRaw<Record<string, unknown>[]>(statement);
  const row = rows[0];
  return row ? Object.values(row)[0] : null;
}

/**
 * Runs one statement answering one row of one column, and resolves with that value; on a
 * reader thread, rejects with StaleIndexError while incident rows wait to be rebuilt.
 */
export async function readOneValue(statement: Prisma.Sql): Promise<unknown> {
  const readers = pool();
  if (!readers) return readOnMainConnection(statement);
  readers.readers = readers.readers.map((reader) =>
    reader.isDead ? startReader(readers) : reader,
  );
  // The least busy reader: searches differ a lot in cost, so round robin would queue a
  // cheap one behind a slow one while another thread is idle.
  const reader = readers.readers.reduce((best, candidate) =>
    candidate.pending.size < best.pending.size ? candidate : best,
  );
  const id = readers.nextId++;
  return new Promise((resolve, reject) => {
    reader.pending.set(id, { resolve, reject });
    // A thread waiting for answers keeps the process alive until they come.
    reader.worker.ref();
    reader.worker.postMessage({ id, sql: statement.sql, values: statement.values });
  }).finally(() => {
    if (reader.pending.size === 0) reader.worker.unref();
  });
}
