-- Mental models: participants' notes of what they knew then, their diagrams of the system
-- as they understood it, and the facilitator's component aliases for comparing them.
-- CreateTable
CREATE TABLE "ModelNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'own',
    "visibility" TEXT NOT NULL DEFAULT 'private',
    "calibratedAt" DATETIME,
    "anchorEventId" TEXT,
    "anchorTime" DATETIME NOT NULL,
    "sections" TEXT NOT NULL DEFAULT '{}',
    "learnedLater" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ModelNote_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ModelNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ModelNote_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModelDiagram" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'personal',
    "title" TEXT NOT NULL,
    "moment" TEXT NOT NULL DEFAULT '',
    "momentTime" DATETIME,
    "visibility" TEXT NOT NULL DEFAULT 'private',
    "content" TEXT NOT NULL DEFAULT '{"nodes":[],"edges":[]}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ModelDiagram_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ModelDiagram_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComponentAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComponentAlias_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ModelNote_incidentId_anchorTime_idx" ON "ModelNote"("incidentId", "anchorTime");

-- CreateIndex
CREATE INDEX "ModelNote_authorId_idx" ON "ModelNote"("authorId");

-- CreateIndex
CREATE INDEX "ModelNote_subjectId_idx" ON "ModelNote"("subjectId");

-- CreateIndex
CREATE INDEX "ModelDiagram_incidentId_authorId_idx" ON "ModelDiagram"("incidentId", "authorId");

-- CreateIndex
CREATE UNIQUE INDEX "ComponentAlias_incidentId_name_target_key" ON "ComponentAlias"("incidentId", "name", "target");
