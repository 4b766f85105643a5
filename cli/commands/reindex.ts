// `debrief reindex`: rebuilds the full-text search index from the tables. The triggers keep
// the index in step with every write, so this is for repairs: after restoring a backup
// copied without its index, after a VACUUM (row ids of tables without an integer key may
// change) or after an upgrade that changes how text is indexed. Uses the same statements
// as the app's rebuild (lib/search/sqlite/index-sql.ts), on the app's database.
import fs from "node:fs";
import Database from "better-sqlite3";
import {
  DATABASE_BUSY_TIMEOUT_MS,
  databaseFilePath,
  resolveDatabaseUrl,
} from "../../lib/database-url";
import { rebuildStatements } from "../../lib/search/sqlite/index-sql";

export const summary = "Rebuild the full-text search index from the incidents";

export const usage = `Usage: debrief reindex [--database FILE]

Empties the search index and fills it again from every incident, contributing factor,
lucky note, action item, timeline event and note, in one transaction: searches keep
answering from the old index until it commits. Safe to run while Debrief is running.

Options:
  --database FILE   The SQLite file (default: the app's, from DATABASE_URL or
                    DEBRIEF_DATA_DIR, as "npm start" uses)
  -h, --help        Show this help

Exit codes: 0 rebuilt, 2 bad input (no such database, or its migrations not applied).`;

export async function run(argv: string[]): Promise<number> {
  let file = databaseFilePath(resolveDatabaseUrl(process.env));
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--database" && argv[index + 1]) {
      file = argv[++index] as string;
    } else {
      process.stderr.write(`debrief reindex: unknown option "${argument}".\n${usage}\n`);
      return 2;
    }
  }
  if (!fs.existsSync(file)) {
    process.stderr.write(`debrief reindex: no database at ${file}.\n`);
    return 2;
  }
  const database = new Database(file, { timeout: DATABASE_BUSY_TIMEOUT_MS });
  try {
    const table = database
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'SearchText'`)
      .get();
    if (!table) {
      process.stderr.write(
        `debrief reindex: ${file} has no search index yet; start Debrief once ("npm start") to apply its migrations.\n`,
      );
      return 2;
    }
    const started = performance.now();
    database
      .transaction(() => {
        for (const statement of rebuildStatements()) database.exec(statement);
      })
      .immediate();
    const rows = database.prepare(`SELECT count(*) AS "rows" FROM "SearchText"`).get() as {
      rows: number;
    };
    const incidents = database.prepare(`SELECT count(*) AS "count" FROM "Incident"`).get() as {
      count: number;
    };
    process.stdout.write(
      `Reindexed ${incidents.count} incidents (${rows.rows} index rows) in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
    );
    return 0;
  } finally {
    database.close();
  }
}
