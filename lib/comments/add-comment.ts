// The step every new comment shares (a thread's first one or a reply), inside the caller's
// transaction: check each mention, store the comment and its mentions, and write the
// notifications. A mention of someone who may not see the incident (or the thread's note
// or diagram) refuses the whole comment with a clear message: nothing is stored and nobody
// is notified, so a mention never tells anyone that a restricted incident exists.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isWorkspaceRole, type SessionUser } from "@/lib/auth/roles";
import { mentionedIds } from "@/lib/comments/mention-tokens";
import { canSeeThread } from "@/lib/comments/thread-access";
import { mayMentionWhere } from "@/lib/comments/mention-candidates";
import { AppError } from "@/lib/errors";
import { revealInvisible } from "@/lib/text/clean-text";

export async function addComment(
  transaction: Prisma.TransactionClient,
  author: SessionUser,
  thread: { id: string; incidentId: string; anchorKind: string },
  body: string,
  offeredMentionIds: readonly string[],
): Promise<{ commentId: string; mentionedIds: string[]; notifiedIds: string[] }> {
  const mentioned = await checkMentions(transaction, thread, body, offeredMentionIds);
  const comment = await transaction.comment.create({
    data: {
      threadId: thread.id,
      authorId: author.id,
      body,
      mentions: { create: mentioned.map((userId) => ({ userId })) },
    },
    select: { id: true },
  });
  // Everyone who took part before (wrote in it or started it) hears of a reply, unless the
  // comment mentions them: then the mention says it.
  const earlier = await transaction.comment.findMany({
    where: { threadId: thread.id, id: { not: comment.id } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  const repliedTo = new Set(earlier.map((row) => row.authorId));
  const notifications = [
    ...mentioned.map((userId) => ({ userId, kind: "mention" })),
    ...[...repliedTo]
      .filter((userId) => !mentioned.includes(userId))
      .map((userId) => ({ userId, kind: "reply" })),
  ].filter((entry) => entry.userId !== author.id);
  if (notifications.length > 0) {
    await transaction.notification.createMany({
      data: notifications.map((entry) => ({
        ...entry,
        incidentId: thread.incidentId,
        threadId: thread.id,
        commentId: comment.id,
        actorId: author.id,
      })),
    });
  }
  return {
    commentId: comment.id,
    mentionedIds: mentioned,
    notifiedIds: notifications.map((entry) => entry.userId),
  };
}

async function checkMentions(
  transaction: Prisma.TransactionClient,
  thread: { id: string; incidentId: string; anchorKind: string },
  body: string,
  offeredIds: readonly string[],
): Promise<string[]> {
  if (offeredIds.length === 0) return [];
  const people = await transaction.user.findMany({
    where: { id: { in: [...new Set(offeredIds)] } },
    select: { id: true, name: true, email: true, role: true, isActive: true },
  });
  if (people.length !== new Set(offeredIds).size) {
    throw new AppError(
      "invalid_input",
      "Someone you mentioned no longer has an account here. Remove the mention and post again.",
    );
  }
  // Only names still written in the comment count ("@Name" removed after picking = no mention).
  const ids = mentionedIds(body, people);
  const mayMention = await mayMentionWhere(transaction, thread.incidentId);
  for (const id of ids) {
    const person = people.find((candidate) => candidate.id === id);
    if (!person) continue;
    const name = revealInvisible(person.name);
    const mayMentionPerson = await transaction.user.count({
      where: { AND: [{ id }, mayMention] },
    });
    if (mayMentionPerson === 0 || !isWorkspaceRole(person.role)) {
      throw new AppError(
        "invalid_input",
        `${name} cannot see this incident, so they cannot be mentioned here. Nothing was posted: remove the mention or ask a facilitator to add them.`,
        { fieldErrors: { body: [`${name} cannot see this incident.`] } },
      );
    }
    const sessionPerson: SessionUser = { ...person, role: person.role };
    if (!(await canSeeThread(transaction, sessionPerson, thread.id))) {
      const what = thread.anchorKind === "diagram" ? "diagram" : "note";
      throw new AppError(
        "invalid_input",
        `${name} cannot see this ${what}, so they cannot be mentioned here. Nothing was posted.`,
        { fieldErrors: { body: [`${name} cannot see this ${what}.`] } },
      );
    }
  }
  return ids;
}
