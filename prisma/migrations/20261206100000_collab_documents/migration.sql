-- Real-time co-editing: the Yjs state of each co-edited document (the binary update that
-- holds its full history for merging). The JSON snapshot stays where readers expect it
-- (Incident.narrative), written in the same transaction as this row.
-- CreateTable
CREATE TABLE "CollabDocument" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "state" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CollabDocument_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CollabDocument_incidentId_idx" ON "CollabDocument"("incidentId");
