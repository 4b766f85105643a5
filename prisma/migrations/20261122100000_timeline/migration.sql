-- CreateTable
CREATE TABLE "EvidenceSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "options" TEXT NOT NULL DEFAULT '{}',
    "report" TEXT NOT NULL DEFAULT '{}',
    "rawText" TEXT NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "eventCount" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EvidenceSource_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceSource_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "sourceId" TEXT,
    "time" DATETIME NOT NULL,
    "timeNs" TEXT,
    "originalTimeText" TEXT NOT NULL DEFAULT '',
    "flags" TEXT NOT NULL DEFAULT '',
    "service" TEXT,
    "host" TEXT,
    "level" TEXT,
    "message" TEXT NOT NULL,
    "lineStart" INTEGER,
    "lineEnd" INTEGER,
    "traceId" TEXT,
    "spanId" TEXT,
    "parentSpanId" TEXT,
    "attributes" TEXT,
    "isManual" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "keyMoment" TEXT,
    "keyMomentNote" TEXT NOT NULL DEFAULT '',
    "isHidden" BOOLEAN NOT NULL DEFAULT false,
    "deletedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "originalTime" DATETIME,
    "originalMessage" TEXT,
    "originalService" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TimelineEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TimelineEvent_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "EvidenceSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TimelineEvent_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TraceSpan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "traceId" TEXT NOT NULL,
    "spanId" TEXT NOT NULL,
    "parentSpanId" TEXT,
    "name" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "host" TEXT,
    "kind" TEXT NOT NULL,
    "start" DATETIME NOT NULL,
    "startNs" TEXT NOT NULL,
    "durationMs" REAL NOT NULL,
    "isError" BOOLEAN NOT NULL DEFAULT false,
    "remoteService" TEXT,
    "line" INTEGER NOT NULL,
    CONSTRAINT "TraceSpan_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TraceSpan_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "EvidenceSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EvidenceSource_incidentId_createdAt_idx" ON "EvidenceSource"("incidentId", "createdAt");

-- CreateIndex
CREATE INDEX "TimelineEvent_incidentId_time_idx" ON "TimelineEvent"("incidentId", "time");

-- CreateIndex
CREATE INDEX "TimelineEvent_incidentId_traceId_idx" ON "TimelineEvent"("incidentId", "traceId");

-- CreateIndex
CREATE INDEX "TimelineEvent_sourceId_idx" ON "TimelineEvent"("sourceId");

-- CreateIndex
CREATE INDEX "TraceSpan_incidentId_traceId_idx" ON "TraceSpan"("incidentId", "traceId");

-- CreateIndex
CREATE INDEX "TraceSpan_sourceId_idx" ON "TraceSpan"("sourceId");

