// The inbox: a person's notifications (mentions, replies in threads they took part in,
// their threads resolved), newest first. Access is checked again on every read, in the
// query: an entry whose incident became restricted to others, or whose note stopped being
// shared, disappears from the list and from the unread count.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/roles";
import { visibleThreadWhere } from "@/lib/comments/thread-access";
import { db } from "@/lib/db";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import { z } from "@/lib/validation/zod";

export type NotificationKind = "mention" | "reply" | "resolved";

export interface InboxEntry {
  id: string;
  kind: NotificationKind;
  isRead: boolean;
  createdAt: string;
  actorName: string;
  incidentReference: string;
  incidentTitle: string;
  /** Where the thread is: "a timeline event", "the note …", "payments-api in …". */
  anchorLabel: string;
  /** The start of the comment that caused it (none for a resolution). */
  excerpt: string;
  href: string;
}

const INBOX_SIZE = 100;
const EXCERPT_LENGTH = 200;

function visibleNotificationWhere(user: SessionUser): Prisma.NotificationWhereInput {
  return { userId: user.id, thread: visibleThreadWhere(user) };
}

export async function listInbox(user: SessionUser): Promise<InboxEntry[]> {
  const rows = await db.notification.findMany({
    where: visibleNotificationWhere(user),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_SIZE,
    include: {
      actor: { select: { name: true } },
      incident: { select: { number: true, title: true } },
      thread: {
        select: {
          anchorKind: true,
          eventId: true,
          noteId: true,
          diagramId: true,
          nodeLabel: true,
          quote: true,
          diagram: { select: { title: true } },
        },
      },
    },
  });
  const commentIds = rows.flatMap((row) => (row.commentId ? [row.commentId] : []));
  const comments = await db.comment.findMany({
    where: { id: { in: commentIds } },
    select: { id: true, body: true },
  });
  const bodies = new Map(comments.map((comment) => [comment.id, comment.body]));
  return rows.map((row) => {
    const reference = formatIncidentReference(row.incident.number);
    const body = row.commentId ? (bodies.get(row.commentId) ?? "") : "";
    return {
      id: row.id,
      kind: asKind(row.kind),
      isRead: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
      actorName: row.actor.name,
      incidentReference: reference,
      incidentTitle: row.incident.title,
      anchorLabel: anchorLabelOf(row.thread),
      excerpt: body.length > EXCERPT_LENGTH ? `${body.slice(0, EXCERPT_LENGTH)}…` : body,
      href: anchorHref(reference, row.threadId, row.thread),
    };
  });
}

function asKind(kind: string): NotificationKind {
  return kind === "reply" || kind === "resolved" ? kind : "mention";
}

interface ThreadAnchor {
  anchorKind: string;
  eventId: string | null;
  noteId: string | null;
  diagramId: string | null;
  nodeLabel: string;
  quote: string;
  diagram: { title: string } | null;
}

function anchorLabelOf(thread: ThreadAnchor): string {
  switch (thread.anchorKind) {
    case "event":
      return "a timeline event";
    case "note":
      return "a note";
    case "diagram":
      return `${thread.nodeLabel || "a component"} in the diagram “${thread.diagram?.title ?? ""}”`;
    default: {
      const quote = thread.quote.length > 60 ? `${thread.quote.slice(0, 60)}…` : thread.quote;
      return `the narrative: “${quote}”`;
    }
  }
}

/** The exact place of the thread: the event in the timeline, the note, the diagram, the overview. */
export function anchorHref(
  reference: string,
  threadId: string,
  thread: Pick<ThreadAnchor, "anchorKind" | "eventId" | "noteId" | "diagramId">,
): string {
  const base = `/incidents/${reference}`;
  const hash = `#thread-${threadId}`;
  if (thread.anchorKind === "event" && thread.eventId) {
    return `${base}/timeline?event=${encodeURIComponent(thread.eventId)}${hash}`;
  }
  if (thread.anchorKind === "note" && thread.noteId) {
    return `${base}/models?thread=${encodeURIComponent(threadId)}#note-${thread.noteId}`;
  }
  if (thread.anchorKind === "diagram" && thread.diagramId) {
    return `${base}/models/diagrams/${encodeURIComponent(thread.diagramId)}${hash}`;
  }
  return `${base}${hash}`;
}

export async function countUnread(user: SessionUser): Promise<number> {
  return db.notification.count({
    where: { AND: [visibleNotificationWhere(user), { readAt: null }] },
  });
}

const markReadSchema = z.object({ notificationId: z.string().min(1).max(64) });

/** Marks one of the person's own notifications read; someone else's is simply not found. */
export async function markNotificationRead(user: SessionUser, input: unknown): Promise<void> {
  const { notificationId } = markReadSchema.parse(input);
  await db.notification.updateMany({
    where: { id: notificationId, userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
}

export async function markAllNotificationsRead(user: SessionUser): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
