// The note visibility rule of visibility.ts (canSeeNote / visibleNoteWhere) as SQL, for raw
// queries across incidents such as full-text search. Kept apart from visibility.ts, which
// client components import, so the Prisma runtime stays out of the browser bundle.
import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * The same rule as `visibleNoteWhere`, as SQL on the note row under `alias`, for raw
 * queries across incidents (search): the facilitator check is per incident in the query.
 */
export function visibleNoteSql(userId: string, alias = "m"): Prisma.Sql {
  const note = Prisma.raw(`"${alias.replaceAll('"', "")}"`);
  return Prisma.sql`(${note}."deletedAt" IS NULL AND (
    ${note}."authorId" = ${userId}
    OR (${note}."kind" = 'interview' AND ${note}."subjectId" = ${userId})
    OR ((${note}."kind" <> 'interview' OR ${note}."calibratedAt" IS NOT NULL) AND (
      ${note}."visibility" = 'incident'
      OR (${note}."visibility" = 'facilitators' AND EXISTS (
        SELECT 1 FROM "IncidentParticipant" "facilitator"
        WHERE "facilitator"."incidentId" = ${note}."incidentId"
          AND "facilitator"."userId" = ${userId} AND "facilitator"."role" = 'facilitator'))))))`;
}
