-- CreateTable
CREATE TABLE "LanguageDismissal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "dismissedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LanguageDismissal_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LanguageDismissal_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "narrative" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "LanguageDismissal_incidentId_fingerprint_key" ON "LanguageDismissal"("incidentId", "fingerprint");

