-- Time zones (issue #14): where an incident happened, and how each person wants times shown
-- (utc | own | incident; lib/time/display-zone.ts). Existing people keep UTC, as the
-- timeline always showed.
ALTER TABLE "Incident" ADD COLUMN "timeZone" TEXT;
ALTER TABLE "User" ADD COLUMN "displayZone" TEXT NOT NULL DEFAULT 'utc';

-- Complete JSON import (lib/incident-transfer): people of the exported review who have no
-- account here are kept by name and email, never dropped or silently replaced.
ALTER TABLE "Incident" ADD COLUMN "importedParticipants" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "ActionItem" ADD COLUMN "importedOwner" TEXT;
ALTER TABLE "AuditEntry" ADD COLUMN "importedActor" TEXT;
ALTER TABLE "TimelineEvent" ADD COLUMN "importedAuthor" TEXT;
ALTER TABLE "ModelNote" ADD COLUMN "importedPeople" TEXT;
ALTER TABLE "EvidenceSource" ADD COLUMN "importedBy" TEXT;
ALTER TABLE "ModelDiagram" ADD COLUMN "importedAuthor" TEXT;
