// The threads a view shows, as small objects shaped for it: one anchor's threads (an
// event's, a note's, a diagram's, the narrative's) with their comments, and the number of
// open threads per anchor for badges. Only threads the viewer may see are ever loaded, so
// a private note's thread appears in no list and no count for anyone else.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { threadQuerySchema, type ThreadQuery } from "@/lib/comments/comment-input";
import { locateQuote } from "@/lib/comments/quote-anchor";
import { visibleThreadWhere } from "@/lib/comments/thread-access";
import { db } from "@/lib/db";
import { narrativeToText, parseNarrative } from "@/lib/rich-text/narrative";

export interface CommentView {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  /** Names of the people this comment mentions, for highlighting "@Name". */
  mentionNames: string[];
}

export interface ThreadView {
  id: string;
  anchorKind: string;
  eventId: string | null;
  noteId: string | null;
  diagramId: string | null;
  nodeId: string | null;
  nodeLabel: string;
  quote: string;
  /** For narrative threads: false once the quoted words no longer occur in the narrative. */
  isQuoteFound: boolean;
  status: "open" | "resolved";
  resolvedByName: string | null;
  createdAt: string;
  comments: CommentView[];
}

function anchorWhere(query: ThreadQuery): Prisma.CommentThreadWhereInput {
  switch (query.kind) {
    case "event":
      return { anchorKind: "event", eventId: query.eventId };
    case "note":
      return { anchorKind: "note", noteId: query.noteId };
    case "diagram":
      return { anchorKind: "diagram", diagramId: query.diagramId };
    case "narrative":
      return { anchorKind: "narrative" };
  }
}

export async function listThreads(
  user: SessionUser,
  reference: string,
  input: unknown,
): Promise<ThreadView[]> {
  const query = threadQuerySchema.parse(input);
  const incidentId = await findVisibleIncidentId(user, reference);
  const threads = await db.commentThread.findMany({
    where: { AND: [{ incidentId }, anchorWhere(query), visibleThreadWhere(user)] },
    orderBy: { createdAt: "asc" },
    take: 200,
    include: {
      resolvedBy: { select: { name: true } },
      comments: {
        orderBy: { createdAt: "asc" },
        include: {
          author: { select: { name: true } },
          mentions: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  const narrativeText =
    query.kind === "narrative" && threads.length > 0 ? await narrativeTextOf(incidentId) : "";
  return threads.map((thread) => ({
    id: thread.id,
    anchorKind: thread.anchorKind,
    eventId: thread.eventId,
    noteId: thread.noteId,
    diagramId: thread.diagramId,
    nodeId: thread.nodeId,
    nodeLabel: thread.nodeLabel,
    quote: thread.quote,
    isQuoteFound:
      thread.anchorKind !== "narrative" ||
      locateQuote(narrativeText, thread.quote, thread.quoteBefore, thread.quoteAfter).isFound,
    status: thread.status === "resolved" ? "resolved" : "open",
    resolvedByName: thread.resolvedBy?.name ?? null,
    createdAt: thread.createdAt.toISOString(),
    comments: thread.comments.map((comment) => ({
      id: comment.id,
      authorId: comment.authorId,
      authorName: comment.author.name,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
      editedAt: comment.editedAt?.toISOString() ?? null,
      mentionNames: comment.mentions.map((mention) => mention.user.name),
    })),
  }));
}

async function narrativeTextOf(incidentId: string): Promise<string> {
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    select: { narrative: true },
  });
  return incident?.narrative ? narrativeToText(parseNarrative(incident.narrative)) : "";
}

/** Open threads per timeline event, for the 💬 badges on the timeline's rows. */
export async function countOpenThreadsByEvent(
  user: SessionUser,
  reference: string,
): Promise<Record<string, number>> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const groups = await db.commentThread.groupBy({
    by: ["eventId"],
    where: {
      AND: [{ incidentId, anchorKind: "event", status: "open" }, visibleThreadWhere(user)],
    },
    _count: { _all: true },
  });
  const counts: Record<string, number> = {};
  for (const group of groups) if (group.eventId) counts[group.eventId] = group._count._all;
  return counts;
}

/** Open threads per note the viewer may see, for the note cards. */
export async function countOpenThreadsByNote(
  user: SessionUser,
  incidentId: string,
): Promise<Record<string, number>> {
  const groups = await db.commentThread.groupBy({
    by: ["noteId"],
    where: {
      AND: [{ incidentId, anchorKind: "note", status: "open" }, visibleThreadWhere(user)],
    },
    _count: { _all: true },
  });
  const counts: Record<string, number> = {};
  for (const group of groups) if (group.noteId) counts[group.noteId] = group._count._all;
  return counts;
}
