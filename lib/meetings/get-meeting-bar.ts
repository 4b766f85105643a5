// The slim bar every incident page shows while a meeting runs: the agenda (for the current
// item's timer), who leads, the current focus (where "Follow again" goes) and whether the
// viewer may run the meeting. Null when no meeting runs.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { TimedAgendaItem } from "@/lib/meetings/agenda-timer";
import { canControlMeetings } from "@/lib/meetings/meeting-access";
import { isFocusKind, type FocusTarget } from "@/lib/meetings/focus-target";

export interface MeetingBarData {
  id: string;
  leaderId: string;
  canControl: boolean;
  agenda: TimedAgendaItem[];
  focus: FocusTarget | null;
  serverNow: string;
}

// The incident has been resolved through findVisibleIncidentId by the layout already.
export async function getMeetingBar(
  user: SessionUser,
  incidentId: string,
): Promise<MeetingBarData | null> {
  const meeting = await db.reviewMeeting.findFirst({
    where: { incidentId, status: "running" },
    select: {
      id: true,
      startedById: true,
      focusKind: true,
      focusId: true,
      agenda: {
        orderBy: { position: "asc" },
        select: { id: true, title: true, minutes: true, startedAt: true, endedAt: true },
      },
    },
  });
  if (!meeting) return null;
  return {
    id: meeting.id,
    leaderId: meeting.startedById,
    canControl: await canControlMeetings(user, incidentId),
    agenda: meeting.agenda.map((item) => ({
      ...item,
      startedAt: item.startedAt?.toISOString() ?? null,
      endedAt: item.endedAt?.toISOString() ?? null,
    })),
    focus: isFocusKind(meeting.focusKind) ? { kind: meeting.focusKind, id: meeting.focusId } : null,
    serverNow: new Date().toISOString(),
  };
}
