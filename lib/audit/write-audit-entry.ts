// Every change leaves a trace: who, when, what. Called inside the transaction that makes
// the change, so a change and its entry land together or not at all.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FieldChanges } from "@/lib/audit/diff-values";

export type AuditAction =
  | "incident.created"
  | "incident.updated"
  | "incident.imported"
  | "language.dismissed"
  | "language.restored"
  | "settings.language_updated"
  | "template.created"
  | "template.updated"
  | "template.deleted"
  | "template.default_changed"
  | "user.created"
  | "user.role_changed"
  | "user.deactivated"
  | "user.reactivated"
  | "user.password_changed"
  | "user.password_reset"
  | "timeline.evidence_imported"
  | "timeline.event_created"
  | "timeline.event_updated"
  | "timeline.events_hidden"
  | "timeline.event_deleted"
  | "timeline.event_restored"
  | "model.diagram_created"
  | "model.diagram_updated"
  | "model.diagram_deleted"
  | "compare.aliases_updated"
  // Notes record which sections changed, never their words: a private note stays private
  // even in the audit log, and only the person who made a change sees it in the history.
  | "model.note_created"
  | "model.note_updated"
  | "model.note_deleted"
  | "model.note_visibility_changed"
  | "model.note_confirmed"
  | "model.note_confirmation_withdrawn"
  // Resolving a thread on a note or diagram is a "model." entry, so the history shows it
  // only to whoever did it (a private note's thread stays as private as the note).
  | "comment.thread_resolved"
  | "comment.thread_reopened"
  | "model.comment_thread_resolved"
  | "model.comment_thread_reopened";

export async function writeAuditEntry(
  transaction: Prisma.TransactionClient,
  entry: { actorId: string; action: AuditAction; incidentId?: string; changes?: FieldChanges },
): Promise<void> {
  await transaction.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      incidentId: entry.incidentId ?? null,
      changes: JSON.stringify(entry.changes ?? {}),
    },
  });
}
