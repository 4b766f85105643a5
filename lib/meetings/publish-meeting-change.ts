// Live updates for meetings: every page of the incident hears what changed in its meeting
// (the bar and the Review tab refresh; followers move on a focus change). Details are
// content-free: the focus kind and id, never the text of a note or a fix.
import "server-only";
import { publishIncidentChange } from "@/lib/realtime/bus";

export function publishMeetingChange(
  incidentId: string,
  meetingId: string,
  actorId: string,
  action: string,
  detail?: Record<string, string | number | boolean | null>,
): void {
  publishIncidentChange(incidentId, {
    topic: "meeting",
    action,
    ids: [meetingId],
    actorId,
    detail: { meetingId, ...detail },
  });
}
