import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseFilePath, resolveDatabaseUrl } from "@/lib/database-url";

describe("resolveDatabaseUrl", () => {
  it.each([
    ["defaults to ./data/debrief.db", {}, "file:/srv/app/data/debrief.db"],
    [
      "follows DEBRIEF_DATA_DIR when DATABASE_URL is unset",
      { DEBRIEF_DATA_DIR: "/var/lib/debrief" },
      "file:/var/lib/debrief/debrief.db",
    ],
    [
      "resolves a relative data folder against the working folder",
      { DEBRIEF_DATA_DIR: "state" },
      "file:/srv/app/state/debrief.db",
    ],
    [
      "keeps DATABASE_URL when set",
      { DATABASE_URL: "file:/elsewhere/x.db", DEBRIEF_DATA_DIR: "/var/lib/debrief" },
      "file:/elsewhere/x.db",
    ],
    [
      "treats a blank DATABASE_URL as unset",
      { DATABASE_URL: "  " },
      "file:/srv/app/data/debrief.db",
    ],
  ])("%s", (_name, environment, expected) => {
    expect(resolveDatabaseUrl(environment, "/srv/app")).toBe(expected);
  });

  it("gives better-sqlite3 a path", () => {
    expect(databaseFilePath("file:/a/b.db?connection_limit=1")).toBe(path.join("/a", "b.db"));
  });
});
