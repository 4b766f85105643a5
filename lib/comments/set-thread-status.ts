// Resolve or reopen a thread: anyone who may write and may see the thread. The thread's
// other participants hear of a resolution in their inbox; both land in the history.
import "server-only";
import { canWrite, type SessionUser } from "@/lib/auth/roles";
import { writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { threadStatusSchema } from "@/lib/comments/comment-input";
import { publishCommentChange } from "@/lib/comments/publish-comment-change";
import { findVisibleThread } from "@/lib/comments/thread-access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function setThreadStatus(user: SessionUser, input: unknown): Promise<void> {
  const values = threadStatusSchema.parse(input);
  if (!canWrite(user)) {
    throw new AppError("forbidden", "Viewers can read comments but not resolve them.");
  }
  const changed = await db.$transaction(async (transaction) => {
    const thread = await findVisibleThread(transaction, user, values.threadId);
    if (thread.status === values.status) return false;
    const isResolving = values.status === "resolved";
    await transaction.commentThread.update({
      where: { id: thread.id },
      data: {
        status: values.status,
        resolvedAt: isResolving ? new Date() : null,
        resolvedById: isResolving ? user.id : null,
      },
    });
    const isModel = thread.anchorKind === "note" || thread.anchorKind === "diagram";
    await writeAuditEntry(transaction, {
      actorId: user.id,
      incidentId: thread.incidentId,
      action: isResolving
        ? isModel
          ? "model.comment_thread_resolved"
          : "comment.thread_resolved"
        : isModel
          ? "model.comment_thread_reopened"
          : "comment.thread_reopened",
      changes: { status: { from: thread.status, to: values.status } },
    });
    if (isResolving) {
      const participants = await transaction.comment.findMany({
        where: { threadId: thread.id, authorId: { not: user.id } },
        select: { authorId: true },
        distinct: ["authorId"],
      });
      await transaction.notification.createMany({
        data: participants.map(({ authorId }) => ({
          userId: authorId,
          kind: "resolved",
          incidentId: thread.incidentId,
          threadId: thread.id,
          actorId: user.id,
        })),
      });
    }
    return true;
  });
  if (changed) await publishCommentChange(values.threadId, user.id, values.status, []);
}
