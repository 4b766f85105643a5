-- Full-text search (lib/search; the layout is explained in lib/search/sqlite/index-sql.ts).
-- "SearchText": one FTS5 row per field value, factor, lucky note, action item, event or
-- note, one column per field; its row id says where it belongs without a lookup:
--   id = incident number << 28 | field kind << 24 | sequence within (incident, kind)
-- (kinds: 0 title, 1 summary, 2 impact, 3 narrative, 4 factor, 5 lucky, 6 action, 7 event,
-- 8 note). "SearchDocument" maps an id to the row it came from. "SearchNote" repeats the
-- note rows alone. "SearchIncident" holds one contentless row per incident (row id = its
-- number) for matching and bm25 ranking over incidents rather than lines.
-- Triggers keep the row tables in the same transaction as every write, whoever writes
-- (Prisma, the bulk importer, the collaboration server), and mark the incident's row stale;
-- stale incident rows are rebuilt before the next search. Tiptap JSON is reduced to its
-- text nodes with json_tree (a note's sections: each section's document).
CREATE VIRTUAL TABLE "SearchText" USING fts5(
    "title", "summary", "impact", "narrative", "factor", "lucky", "action", "event", "note",
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE "SearchNote" USING fts5("note", tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "SearchIncident" USING fts5(
    "title", "summary", "impact", "narrative", "factor", "lucky", "action", "event",
    content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TABLE "SearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "kind" INTEGER NOT NULL,
    "itemId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "SearchDocument_itemId_kind_key" ON "SearchDocument"("itemId", "kind");

CREATE TABLE "SearchStale" ("number" INTEGER NOT NULL PRIMARY KEY);

-- The kinds of key moment each incident's timeline has (rebuilt with its incident row).
CREATE TABLE "SearchMoment" (
    "number" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    PRIMARY KEY ("number", "kind")
) WITHOUT ROWID;


CREATE TRIGGER "search_incident_insert" AFTER INSERT ON "Incident" BEGIN
    INSERT INTO "SearchText" ("rowid", "title")
        SELECT (new."number" << 28) | (0 << 24), v FROM (SELECT new."title" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "summary")
        SELECT (new."number" << 28) | (1 << 24), v FROM (SELECT new."summary" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "impact")
        SELECT (new."number" << 28) | (2 << 24), v FROM (SELECT new."impact" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "narrative")
        SELECT (new."number" << 28) | (3 << 24), v FROM (SELECT CASE WHEN json_valid(new."narrative") THEN coalesce((SELECT group_concat("value", ' ') FROM json_tree(new."narrative") WHERE "key" = 'text' AND "type" = 'text'), '') ELSE new."narrative" END AS v) WHERE v <> '';
    INSERT OR IGNORE INTO "SearchStale" ("number") VALUES (new."number");
END;

CREATE TRIGGER "search_incident_update" AFTER UPDATE OF "title", "summary", "impact", "narrative" ON "Incident" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" BETWEEN (old."number" << 28) AND (old."number" << 28) + (4 << 24) - 1;
    INSERT INTO "SearchText" ("rowid", "title")
        SELECT (new."number" << 28) | (0 << 24), v FROM (SELECT new."title" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "summary")
        SELECT (new."number" << 28) | (1 << 24), v FROM (SELECT new."summary" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "impact")
        SELECT (new."number" << 28) | (2 << 24), v FROM (SELECT new."impact" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "narrative")
        SELECT (new."number" << 28) | (3 << 24), v FROM (SELECT CASE WHEN json_valid(new."narrative") THEN coalesce((SELECT group_concat("value", ' ') FROM json_tree(new."narrative") WHERE "key" = 'text' AND "type" = 'text'), '') ELSE new."narrative" END AS v) WHERE v <> '';
    INSERT OR IGNORE INTO "SearchStale" ("number") VALUES (new."number");
END;

CREATE TRIGGER "search_incident_delete" AFTER DELETE ON "Incident" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" BETWEEN (old."number" << 28) AND ((old."number" + 1) << 28) - 1;
    DELETE FROM "SearchNote" WHERE "rowid" BETWEEN (old."number" << 28) AND ((old."number" + 1) << 28) - 1;
    DELETE FROM "SearchDocument" WHERE "id" BETWEEN (old."number" << 28) AND ((old."number" + 1) << 28) - 1;
    DELETE FROM "SearchIncident" WHERE "rowid" = old."number";
    DELETE FROM "SearchStale" WHERE "number" = old."number";
    DELETE FROM "SearchMoment" WHERE "number" = old."number";
END;

CREATE TRIGGER "search_contributing_factor_insert" AFTER INSERT ON "ContributingFactor" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 4, new."id"
        FROM (SELECT (i."number" << 28) | (4 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "factor")
        SELECT d."id", new."text" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 4;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = new."incidentId";
END;

CREATE TRIGGER "search_contributing_factor_update" AFTER UPDATE OF "text" ON "ContributingFactor" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 4);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 4;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 4, new."id"
        FROM (SELECT (i."number" << 28) | (4 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "factor")
        SELECT d."id", new."text" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 4;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = new."incidentId";
END;

CREATE TRIGGER "search_contributing_factor_delete" AFTER DELETE ON "ContributingFactor" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 4);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 4;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = old."incidentId";
END;

CREATE TRIGGER "search_lucky_note_insert" AFTER INSERT ON "LuckyNote" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 5, new."id"
        FROM (SELECT (i."number" << 28) | (5 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "lucky")
        SELECT d."id", new."text" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 5;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = new."incidentId";
END;

CREATE TRIGGER "search_lucky_note_update" AFTER UPDATE OF "text" ON "LuckyNote" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 5);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 5;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 5, new."id"
        FROM (SELECT (i."number" << 28) | (5 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "lucky")
        SELECT d."id", new."text" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 5;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = new."incidentId";
END;

CREATE TRIGGER "search_lucky_note_delete" AFTER DELETE ON "LuckyNote" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 5);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 5;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = old."incidentId";
END;

CREATE TRIGGER "search_action_item_insert" AFTER INSERT ON "ActionItem" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 6, new."id"
        FROM (SELECT (i."number" << 28) | (6 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "action")
        SELECT d."id", new."title" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 6;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = new."incidentId";
END;

CREATE TRIGGER "search_action_item_update" AFTER UPDATE OF "title" ON "ActionItem" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 6);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 6;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 6, new."id"
        FROM (SELECT (i."number" << 28) | (6 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "action")
        SELECT d."id", new."title" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 6;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = new."incidentId";
END;

CREATE TRIGGER "search_action_item_delete" AFTER DELETE ON "ActionItem" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 6);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 6;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = old."incidentId";
END;

CREATE TRIGGER "search_timeline_event_insert" AFTER INSERT ON "TimelineEvent" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 7, new."id"
        FROM (SELECT (i."number" << 28) | (7 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b WHERE new."deletedAt" IS NULL;
    INSERT INTO "SearchText" ("rowid", "event")
        SELECT d."id", new."message" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 7;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = new."incidentId";
END;

CREATE TRIGGER "search_timeline_event_update" AFTER UPDATE OF "message", "deletedAt", "keyMoment" ON "TimelineEvent" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 7);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 7;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 7, new."id"
        FROM (SELECT (i."number" << 28) | (7 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b WHERE new."deletedAt" IS NULL;
    INSERT INTO "SearchText" ("rowid", "event")
        SELECT d."id", new."message" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 7;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = new."incidentId";
END;

CREATE TRIGGER "search_timeline_event_delete" AFTER DELETE ON "TimelineEvent" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 7);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 7;
    INSERT OR IGNORE INTO "SearchStale" ("number") SELECT "number" FROM "Incident" WHERE "id" = old."incidentId";
END;

CREATE TRIGGER "search_model_note_insert" AFTER INSERT ON "ModelNote" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 8, new."id"
        FROM (SELECT (i."number" << 28) | (8 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b WHERE new."deletedAt" IS NULL;
    INSERT INTO "SearchText" ("rowid", "note")
        SELECT d."id", CASE WHEN json_valid(new."sections") THEN coalesce((SELECT group_concat("node"."value", ' ') FROM json_each(new."sections") AS "section", json_tree(CASE WHEN json_valid("section"."value") THEN "section"."value" ELSE '{}' END) AS "node" WHERE "node"."key" = 'text' AND "node"."type" = 'text'), '') ELSE new."sections" END FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 8;
    INSERT INTO "SearchNote" ("rowid", "note")
        SELECT d."id", CASE WHEN json_valid(new."sections") THEN coalesce((SELECT group_concat("node"."value", ' ') FROM json_each(new."sections") AS "section", json_tree(CASE WHEN json_valid("section"."value") THEN "section"."value" ELSE '{}' END) AS "node" WHERE "node"."key" = 'text' AND "node"."type" = 'text'), '') ELSE new."sections" END FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 8;
END;

CREATE TRIGGER "search_model_note_update" AFTER UPDATE OF "sections", "deletedAt" ON "ModelNote" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8);
    DELETE FROM "SearchNote" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 8, new."id"
        FROM (SELECT (i."number" << 28) | (8 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b WHERE new."deletedAt" IS NULL;
    INSERT INTO "SearchText" ("rowid", "note")
        SELECT d."id", CASE WHEN json_valid(new."sections") THEN coalesce((SELECT group_concat("node"."value", ' ') FROM json_each(new."sections") AS "section", json_tree(CASE WHEN json_valid("section"."value") THEN "section"."value" ELSE '{}' END) AS "node" WHERE "node"."key" = 'text' AND "node"."type" = 'text'), '') ELSE new."sections" END FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 8;
    INSERT INTO "SearchNote" ("rowid", "note")
        SELECT d."id", CASE WHEN json_valid(new."sections") THEN coalesce((SELECT group_concat("node"."value", ' ') FROM json_each(new."sections") AS "section", json_tree(CASE WHEN json_valid("section"."value") THEN "section"."value" ELSE '{}' END) AS "node" WHERE "node"."key" = 'text' AND "node"."type" = 'text'), '') ELSE new."sections" END FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 8;
END;

CREATE TRIGGER "search_model_note_delete" AFTER DELETE ON "ModelNote" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8);
    DELETE FROM "SearchNote" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8;
END;

-- Index what is already there.
DELETE FROM "SearchText";
DELETE FROM "SearchNote";
DELETE FROM "SearchDocument";
DELETE FROM "SearchIncident";
DELETE FROM "SearchStale";
DELETE FROM "SearchMoment";
INSERT INTO "SearchText" (rowid, "title")
    SELECT (i."number" << 28) | (0 << 24), v
    FROM (SELECT i."number", i."title" AS v FROM "Incident" i) i WHERE v <> '';
INSERT INTO "SearchText" (rowid, "summary")
    SELECT (i."number" << 28) | (1 << 24), v
    FROM (SELECT i."number", i."summary" AS v FROM "Incident" i) i WHERE v <> '';
INSERT INTO "SearchText" (rowid, "impact")
    SELECT (i."number" << 28) | (2 << 24), v
    FROM (SELECT i."number", i."impact" AS v FROM "Incident" i) i WHERE v <> '';
INSERT INTO "SearchText" (rowid, "narrative")
    SELECT (i."number" << 28) | (3 << 24), v
    FROM (SELECT i."number", CASE WHEN json_valid(i."narrative") THEN coalesce((SELECT group_concat("value", ' ') FROM json_tree(i."narrative") WHERE "key" = 'text' AND "type" = 'text'), '') ELSE i."narrative" END AS v FROM "Incident" i) i WHERE v <> '';
INSERT INTO "SearchDocument" ("id", "kind", "itemId")
    SELECT ((i."number" << 28) | (4 << 24))
    + row_number() OVER (PARTITION BY t."incidentId" ORDER BY t.rowid) - 1, 4, t."id"
    FROM "ContributingFactor" t JOIN "Incident" i ON i."id" = t."incidentId" WHERE 1 = 1;
INSERT INTO "SearchText" (rowid, "factor")
    SELECT d."id", t."text" FROM "SearchDocument" d JOIN "ContributingFactor" t ON t."id" = d."itemId"
    WHERE d."kind" = 4;
INSERT INTO "SearchDocument" ("id", "kind", "itemId")
    SELECT ((i."number" << 28) | (5 << 24))
    + row_number() OVER (PARTITION BY t."incidentId" ORDER BY t.rowid) - 1, 5, t."id"
    FROM "LuckyNote" t JOIN "Incident" i ON i."id" = t."incidentId" WHERE 1 = 1;
INSERT INTO "SearchText" (rowid, "lucky")
    SELECT d."id", t."text" FROM "SearchDocument" d JOIN "LuckyNote" t ON t."id" = d."itemId"
    WHERE d."kind" = 5;
INSERT INTO "SearchDocument" ("id", "kind", "itemId")
    SELECT ((i."number" << 28) | (6 << 24))
    + row_number() OVER (PARTITION BY t."incidentId" ORDER BY t.rowid) - 1, 6, t."id"
    FROM "ActionItem" t JOIN "Incident" i ON i."id" = t."incidentId" WHERE 1 = 1;
INSERT INTO "SearchText" (rowid, "action")
    SELECT d."id", t."title" FROM "SearchDocument" d JOIN "ActionItem" t ON t."id" = d."itemId"
    WHERE d."kind" = 6;
INSERT INTO "SearchDocument" ("id", "kind", "itemId")
    SELECT ((i."number" << 28) | (7 << 24))
    + row_number() OVER (PARTITION BY t."incidentId" ORDER BY t.rowid) - 1, 7, t."id"
    FROM "TimelineEvent" t JOIN "Incident" i ON i."id" = t."incidentId" WHERE t."deletedAt" IS NULL;
INSERT INTO "SearchText" (rowid, "event")
    SELECT d."id", t."message" FROM "SearchDocument" d JOIN "TimelineEvent" t ON t."id" = d."itemId"
    WHERE d."kind" = 7;
INSERT INTO "SearchDocument" ("id", "kind", "itemId")
    SELECT ((i."number" << 28) | (8 << 24))
    + row_number() OVER (PARTITION BY t."incidentId" ORDER BY t.rowid) - 1, 8, t."id"
    FROM "ModelNote" t JOIN "Incident" i ON i."id" = t."incidentId" WHERE t."deletedAt" IS NULL;
INSERT INTO "SearchText" (rowid, "note")
    SELECT d."id", CASE WHEN json_valid(t."sections") THEN coalesce((SELECT group_concat("node"."value", ' ') FROM json_each(t."sections") AS "section", json_tree(CASE WHEN json_valid("section"."value") THEN "section"."value" ELSE '{}' END) AS "node" WHERE "node"."key" = 'text' AND "node"."type" = 'text'), '') ELSE t."sections" END FROM "SearchDocument" d JOIN "ModelNote" t ON t."id" = d."itemId"
    WHERE d."kind" = 8;
INSERT INTO "SearchNote" (rowid, "note")
    SELECT rowid, "note" FROM "SearchText" WHERE rowid IN (
    SELECT "id" FROM "SearchDocument" WHERE "kind" = 8);
INSERT INTO "SearchIncident" (rowid, "title", "summary", "impact", "narrative", "factor", "lucky", "action", "event")
    SELECT i."number", i."title",
    i."summary",
    i."impact",
    CASE WHEN json_valid(i."narrative") THEN coalesce((SELECT group_concat("value", ' ') FROM json_tree(i."narrative") WHERE "key" = 'text' AND "type" = 'text'), '') ELSE i."narrative" END,
    (SELECT group_concat(t."text", char(10)) FROM "ContributingFactor" t
    WHERE t."incidentId" = i."id" AND 1 = 1),
    (SELECT group_concat(t."text", char(10)) FROM "LuckyNote" t
    WHERE t."incidentId" = i."id" AND 1 = 1),
    (SELECT group_concat(t."title", char(10)) FROM "ActionItem" t
    WHERE t."incidentId" = i."id" AND 1 = 1),
    (SELECT group_concat(t."message", char(10)) FROM "TimelineEvent" t
    WHERE t."incidentId" = i."id" AND t."deletedAt" IS NULL)
    FROM "Incident" i WHERE 1 = 1;
INSERT OR IGNORE INTO "SearchMoment" ("number", "kind")
    SELECT DISTINCT i."number", e."keyMoment" FROM "Incident" i
    JOIN "TimelineEvent" e ON e."incidentId" = i."id"
    WHERE e."keyMoment" IS NOT NULL AND e."deletedAt" IS NULL AND 1 = 1;
INSERT INTO "SearchText" ("SearchText") VALUES ('optimize');
INSERT INTO "SearchIncident" ("SearchIncident") VALUES ('optimize');
