// Writing comments: start a thread on an anchor, reply in one, edit one's own words. Each
// runs in one transaction (the comment, its mentions and the notifications land together
// or not at all), then tells the live pages which thread changed.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { addComment } from "@/lib/comments/add-comment";
import { threadAnchorData } from "@/lib/comments/anchor-thread";
import { editCommentSchema, newThreadSchema, replySchema } from "@/lib/comments/comment-input";
import { publishCommentChange } from "@/lib/comments/publish-comment-change";
import { findVisibleThread } from "@/lib/comments/thread-access";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { modelViewerFor } from "@/lib/mental-models/model-viewer";

export interface PostedComment {
  threadId: string;
  commentId: string;
  mentionedIds: string[];
  notifiedIds: string[];
}

function requireWriter(user: SessionUser): void {
  if (!canWrite(user)) {
    throw new AppError("forbidden", "Viewers can read comments but not write them.");
  }
}

export async function createThread(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<PostedComment> {
  const values = newThreadSchema.parse(input);
  const incidentId = await findVisibleIncidentId(user, reference, "write");
  const viewer = await modelViewerFor(user, incidentId);
  const posted = await db.$transaction(async (transaction) => {
    const anchor = await threadAnchorData(transaction, viewer, incidentId, values.anchor);
    const thread = await transaction.commentThread.create({
      data: { ...anchor, incidentId, createdById: user.id },
      select: { id: true, incidentId: true, anchorKind: true },
    });
    const comment = await addComment(transaction, user, thread, values.body, values.mentionIds);
    return { threadId: thread.id, ...comment };
  });
  await publishCommentChange(posted.threadId, user.id, "created", [posted.commentId]);
  return posted;
}

export async function replyToThread(user: SessionUser, input: unknown): Promise<PostedComment> {
  const values = replySchema.parse(input);
  requireWriter(user);
  const posted = await db.$transaction(async (transaction) => {
    const thread = await findVisibleThread(transaction, user, values.threadId);
    const comment = await addComment(transaction, user, thread, values.body, values.mentionIds);
    // A reply to a resolved thread reopens the conversation, but not the thread: resolving
    // and reopening stay deliberate acts.
    await transaction.commentThread.update({
      where: { id: thread.id },
      data: { updatedAt: new Date() },
    });
    return { threadId: thread.id, ...comment };
  });
  await publishCommentChange(posted.threadId, user.id, "replied", [posted.commentId]);
  return posted;
}

/** Only the author changes a comment's words; mentions stay as first posted. */
export async function editComment(user: SessionUser, input: unknown): Promise<void> {
  const values = editCommentSchema.parse(input);
  requireWriter(user);
  const threadId = await db.$transaction(async (transaction) => {
    const comment = await transaction.comment.findUnique({
      where: { id: values.commentId },
      select: { id: true, authorId: true, threadId: true },
    });
    if (!comment) throw notFound("That comment");
    await findVisibleThread(transaction, user, comment.threadId);
    if (comment.authorId !== user.id) {
      throw new AppError("forbidden", "Only the person who wrote a comment can edit it.");
    }
    await transaction.comment.update({
      where: { id: comment.id },
      data: { body: values.body, editedAt: new Date() },
    });
    return comment.threadId;
  });
  await publishCommentChange(threadId, user.id, "edited", [values.commentId]);
}
