// The rows of a timeline export: what the default view shows (not hidden, not deleted),
// in time order, with sources and authors named.
import "server-only";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { KEY_MOMENT_LABELS, type KeyMomentKind } from "@/lib/timeline/evidence-input";
import type { ExportRow } from "@/lib/timeline/format-timeline-export";

export async function listExportRows(
  user: SessionUser,
  reference: string,
): Promise<{ title: string; rows: ExportRow[] }> {
  const incidentId = await findVisibleIncidentId(user, reference);
  const [incident, events] = await Promise.all([
    db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { title: true } }),
    db.timelineEvent.findMany({
      where: { incidentId, deletedAt: null, isHidden: false },
      orderBy: [{ time: "asc" }, { id: "asc" }],
      select: {
        time: true,
        service: true,
        level: true,
        message: true,
        keyMoment: true,
        keyMomentNote: true,
        isManual: true,
        source: { select: { name: true } },
        author: { select: { name: true } },
      },
    }),
  ]);
  return {
    title: incident.title,
    rows: events.map((event) => ({
      time: event.time.toISOString(),
      service: event.service ?? "",
      level: event.level ?? "",
      source: event.source?.name ?? (event.isManual ? "manual" : ""),
      message: event.message,
      keyMoment: event.keyMoment
        ? (KEY_MOMENT_LABELS[event.keyMoment as KeyMomentKind] ?? event.keyMoment)
        : "",
      keyMomentNote: event.keyMomentNote,
      isManual: event.isManual,
      author: event.author?.name ?? "",
    })),
  };
}
