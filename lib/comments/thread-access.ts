// Who may see a comment thread: whoever may see its incident and its anchor. Threads on
// timeline events and the narrative follow the incident; a thread on a participant's note
// or diagram follows that note's or diagram's visibility (lib/mental-models/visibility.ts).
// Expressed as one query filter that needs no per-incident lookup, so the same rule serves
// one incident's threads, the inbox across incidents, counts, and the check of a mention.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { visibleIncidentWhere } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors";

type Person = SessionUser;

/** canSeeNote / canSeeDiagram of visibility.ts, for any incident, as a thread filter. */
function visibleAnchorWhere(userId: string): Prisma.CommentThreadWhereInput {
  const facilitatesIncident: Prisma.IncidentWhereInput = {
    participants: { some: { userId, role: "facilitator" } },
  };
  const shared = {
    OR: [{ visibility: "incident" }, { visibility: "facilitators", incident: facilitatesIncident }],
  };
  return {
    OR: [
      { anchorKind: { in: ["event", "narrative"] } },
      {
        anchorKind: "note",
        note: {
          is: {
            deletedAt: null,
            OR: [
              { authorId: userId },
              { kind: "interview", subjectId: userId },
              {
                AND: [
                  { OR: [{ kind: { not: "interview" } }, { calibratedAt: { not: null } }] },
                  shared,
                ],
              },
            ],
          },
        },
      },
      {
        anchorKind: "diagram",
        diagram: {
          is: { deletedAt: null, OR: [{ authorId: userId }, { kind: "reference" }, shared] },
        },
      },
    ],
  };
}

export function visibleThreadWhere(person: Person): Prisma.CommentThreadWhereInput {
  return { AND: [{ incident: visibleIncidentWhere(person) }, visibleAnchorWhere(person.id)] };
}

/** The thread, if the person may see it; a 404 otherwise (as if it did not exist). */
export async function findVisibleThread(
  client: Prisma.TransactionClient,
  person: Person,
  threadId: string,
) {
  const thread = await client.commentThread.findFirst({
    where: { AND: [{ id: threadId }, visibleThreadWhere(person)] },
    include: { incident: { select: { number: true } } },
  });
  if (!thread) throw notFound("That comment thread");
  return thread;
}

/** Whether the person may see the thread (used to check each mention before saving). */
export async function canSeeThread(
  client: Prisma.TransactionClient,
  person: Person,
  threadId: string,
): Promise<boolean> {
  const count = await client.commentThread.count({
    where: { AND: [{ id: threadId }, visibleThreadWhere(person)] },
  });
  return count > 0;
}
