"use server";

// Server actions for comment threads. Only actions live here: "use server" makes every
// export callable from the browser, so the logic stays in lib/comments/.
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { createThread, editComment, replyToThread } from "@/lib/comments/post-comment";
import { setThreadStatus } from "@/lib/comments/set-thread-status";

export async function createThreadAction(reference: string, input: unknown) {
  return authenticatedAction("createThread", async (user) => {
    const posted = await createThread(user, String(reference), input);
    return { status: "posted" as const, threadId: posted.threadId, commentId: posted.commentId };
  });
}

export async function replyToThreadAction(input: unknown) {
  return authenticatedAction("replyToThread", async (user) => {
    const posted = await replyToThread(user, input);
    return { status: "posted" as const, threadId: posted.threadId, commentId: posted.commentId };
  });
}

export async function editCommentAction(input: unknown) {
  return authenticatedAction("editComment", async (user) => {
    await editComment(user, input);
    return { status: "done" as const };
  });
}

export async function setThreadStatusAction(input: unknown) {
  return authenticatedAction("setThreadStatus", async (user) => {
    await setThreadStatus(user, input);
    return { status: "done" as const };
  });
}
