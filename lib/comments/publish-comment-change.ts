// Live updates for comments: the thread's id and the comment's, never their words. A thread
// on a note or diagram is told only to the people who may see that note or diagram (the
// same audience as the note's own live updates); every other thread to the whole incident.
import "server-only";
import { db } from "@/lib/db";
import { audienceFor } from "@/lib/mental-models/publish-model-change";
import { publishIncidentChange } from "@/lib/realtime/bus";

export async function publishCommentChange(
  threadId: string,
  actorId: string,
  action: string,
  ids: string[],
): Promise<void> {
  try {
    const thread = await db.commentThread.findUnique({
      where: { id: threadId },
      select: {
        incidentId: true,
        note: {
          select: {
            authorId: true,
            subjectId: true,
            kind: true,
            visibility: true,
            calibratedAt: true,
          },
        },
        diagram: { select: { authorId: true, kind: true, visibility: true } },
      },
    });
    if (!thread) return;
    let audience: string[] | undefined;
    if (thread.note) {
      const note = thread.note;
      audience = await audienceFor(thread.incidentId, {
        authorId: note.authorId,
        subjectId: note.kind === "interview" ? note.subjectId : undefined,
        visibility: note.visibility,
        isShareable: note.kind !== "interview" || note.calibratedAt !== null,
      });
    } else if (thread.diagram) {
      const diagram = thread.diagram;
      audience = await audienceFor(thread.incidentId, {
        authorId: diagram.authorId,
        visibility: diagram.kind === "reference" ? "incident" : diagram.visibility,
        isShareable: true,
      });
    }
    publishIncidentChange(thread.incidentId, {
      topic: "comments",
      action,
      ids: [threadId, ...ids],
      actorId,
      audience,
    });
  } catch (error) {
    console.error("[debrief] live update not sent", { threadId, topic: "comments", error });
  }
}
