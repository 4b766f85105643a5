-- Full-text search (lib/search). "SearchText" is an FTS5 table with one column per field,
-- so bm25 can weigh fields apart (title and factors above timeline lines); each row holds
-- one field of one incident, one factor, one event... "SearchDocument" maps a row to what it
-- came from. A row's id says where it belongs without a lookup:
--   id = incident number << 28 | field kind << 24 | sequence within (incident, kind)
-- so "which incidents match" reads only the FTS index (id >> 28 is the incident number).
-- Triggers on the source tables keep the index in the same transaction as every write,
-- whoever writes (Prisma, the bulk importer, the collaboration server). Tiptap JSON is
-- reduced to its text nodes with json_tree (a note's sections: each section's document). Kinds: 0 title, 1 summary, 2 impact,
-- 3 narrative, 4 factor, 5 lucky, 6 action, 7 event, 8 note.
CREATE VIRTUAL TABLE "SearchText" USING fts5(
    "title", "summary", "impact", "narrative", "factor", "lucky", "action", "event", "note",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TABLE "SearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "kind" INTEGER NOT NULL,
    "itemId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "SearchDocument_itemId_kind_key" ON "SearchDocument"("itemId", "kind");

-- Key-moment facet counts per incident without reading every event.
CREATE INDEX "TimelineEvent_keyMoment_search_idx" ON "TimelineEvent"("keyMoment", "incidentId")
    WHERE "keyMoment" IS NOT NULL AND "deletedAt" IS NULL;

CREATE TRIGGER "search_incident_insert" AFTER INSERT ON "Incident" BEGIN
    INSERT INTO "SearchText" ("rowid", "title")
        SELECT (new."number" << 28) | (0 << 24), v FROM (SELECT new."title" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "summary")
        SELECT (new."number" << 28) | (1 << 24), v FROM (SELECT new."summary" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "impact")
        SELECT (new."number" << 28) | (2 << 24), v FROM (SELECT new."impact" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "narrative")
        SELECT (new."number" << 28) | (3 << 24), v FROM (SELECT CASE WHEN json_valid(new."narrative") THEN coalesce((SELECT group_concat("value", ' ') FROM json_tree(new."narrative") WHERE "key" = 'text' AND "type" = 'text'), '') ELSE new."narrative" END AS v) WHERE v <> '';
END;

CREATE TRIGGER "search_incident_update" AFTER UPDATE OF "title", "summary", "impact", "narrative" ON "Incident" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" BETWEEN (old."number" << 28) AND (old."number" << 28) | (4 << 24) - 1;
    INSERT INTO "SearchText" ("rowid", "title")
        SELECT (new."number" << 28) | (0 << 24), v FROM (SELECT new."title" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "summary")
        SELECT (new."number" << 28) | (1 << 24), v FROM (SELECT new."summary" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "impact")
        SELECT (new."number" << 28) | (2 << 24), v FROM (SELECT new."impact" AS v) WHERE v <> '';
    INSERT INTO "SearchText" ("rowid", "narrative")
        SELECT (new."number" << 28) | (3 << 24), v FROM (SELECT CASE WHEN json_valid(new."narrative") THEN coalesce((SELECT group_concat("value", ' ') FROM json_tree(new."narrative") WHERE "key" = 'text' AND "type" = 'text'), '') ELSE new."narrative" END AS v) WHERE v <> '';
END;

CREATE TRIGGER "search_incident_delete" AFTER DELETE ON "Incident" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" BETWEEN (old."number" << 28) AND ((old."number" + 1) << 28) - 1;
    DELETE FROM "SearchDocument" WHERE "id" BETWEEN (old."number" << 28) AND ((old."number" + 1) << 28) - 1;
END;

CREATE TRIGGER "search_contributing_factor_insert" AFTER INSERT ON "ContributingFactor" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 4, new."id"
        FROM (SELECT (i."number" << 28) | (4 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "factor")
        SELECT d."id", new."text" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 4;
END;

CREATE TRIGGER "search_contributing_factor_update" AFTER UPDATE OF "text" ON "ContributingFactor" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 4);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 4;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 4, new."id"
        FROM (SELECT (i."number" << 28) | (4 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "factor")
        SELECT d."id", new."text" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 4;
END;

CREATE TRIGGER "search_contributing_factor_delete" AFTER DELETE ON "ContributingFactor" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 4);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 4;
END;

CREATE TRIGGER "search_lucky_note_insert" AFTER INSERT ON "LuckyNote" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 5, new."id"
        FROM (SELECT (i."number" << 28) | (5 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "lucky")
        SELECT d."id", new."text" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 5;
END;

CREATE TRIGGER "search_lucky_note_update" AFTER UPDATE OF "text" ON "LuckyNote" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 5);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 5;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 5, new."id"
        FROM (SELECT (i."number" << 28) | (5 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "lucky")
        SELECT d."id", new."text" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 5;
END;

CREATE TRIGGER "search_lucky_note_delete" AFTER DELETE ON "LuckyNote" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 5);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 5;
END;

CREATE TRIGGER "search_action_item_insert" AFTER INSERT ON "ActionItem" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 6, new."id"
        FROM (SELECT (i."number" << 28) | (6 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "action")
        SELECT d."id", new."title" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 6;
END;

CREATE TRIGGER "search_action_item_update" AFTER UPDATE OF "title" ON "ActionItem" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 6);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 6;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 6, new."id"
        FROM (SELECT (i."number" << 28) | (6 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b;
    INSERT INTO "SearchText" ("rowid", "action")
        SELECT d."id", new."title" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 6;
END;

CREATE TRIGGER "search_action_item_delete" AFTER DELETE ON "ActionItem" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 6);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 6;
END;

CREATE TRIGGER "search_timeline_event_insert" AFTER INSERT ON "TimelineEvent" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 7, new."id"
        FROM (SELECT (i."number" << 28) | (7 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b WHERE new."deletedAt" IS NULL;
    INSERT INTO "SearchText" ("rowid", "event")
        SELECT d."id", new."message" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 7;
END;

CREATE TRIGGER "search_timeline_event_update" AFTER UPDATE OF "message", "deletedAt" ON "TimelineEvent" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 7);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 7;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 7, new."id"
        FROM (SELECT (i."number" << 28) | (7 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b WHERE new."deletedAt" IS NULL;
    INSERT INTO "SearchText" ("rowid", "event")
        SELECT d."id", new."message" FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 7;
END;

CREATE TRIGGER "search_timeline_event_delete" AFTER DELETE ON "TimelineEvent" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 7);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 7;
END;

CREATE TRIGGER "search_model_note_insert" AFTER INSERT ON "ModelNote" BEGIN
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 8, new."id"
        FROM (SELECT (i."number" << 28) | (8 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b WHERE new."deletedAt" IS NULL;
    INSERT INTO "SearchText" ("rowid", "note")
        SELECT d."id", CASE WHEN json_valid(new."sections") THEN coalesce((SELECT group_concat(t."value", ' ') FROM json_each(new."sections") AS s, json_tree(CASE WHEN json_valid(s."value") THEN s."value" ELSE '{}' END) AS t WHERE t."key" = 'text' AND t."type" = 'text'), '') ELSE new."sections" END FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 8;
END;

CREATE TRIGGER "search_model_note_update" AFTER UPDATE OF "sections", "deletedAt" ON "ModelNote" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8;
    INSERT INTO "SearchDocument" ("id", "kind", "itemId")
        SELECT coalesce((SELECT max(d."id") + 1 FROM "SearchDocument" d WHERE d."id" BETWEEN b."base" AND b."base" + 16777215), b."base"), 8, new."id"
        FROM (SELECT (i."number" << 28) | (8 << 24) AS "base" FROM "Incident" i WHERE i."id" = new."incidentId") b WHERE new."deletedAt" IS NULL;
    INSERT INTO "SearchText" ("rowid", "note")
        SELECT d."id", CASE WHEN json_valid(new."sections") THEN coalesce((SELECT group_concat(t."value", ' ') FROM json_each(new."sections") AS s, json_tree(CASE WHEN json_valid(s."value") THEN s."value" ELSE '{}' END) AS t WHERE t."key" = 'text' AND t."type" = 'text'), '') ELSE new."sections" END FROM "SearchDocument" d WHERE d."itemId" = new."id" AND d."kind" = 8;
END;

CREATE TRIGGER "search_model_note_delete" AFTER DELETE ON "ModelNote" BEGIN
    DELETE FROM "SearchText" WHERE "rowid" = (SELECT "id" FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8);
    DELETE FROM "SearchDocument" WHERE "itemId" = old."id" AND "kind" = 8;
END;

