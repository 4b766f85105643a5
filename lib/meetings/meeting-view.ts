// A meeting as its views need it: the running meeting on the Review tab and, once ended,
// its record. Small shaped objects, dates as ISO text; the pulse only as its summary.
import "server-only";
import { db } from "@/lib/db";
import type { TimedAgendaItem } from "@/lib/meetings/agenda-timer";
import { isFocusKind } from "@/lib/meetings/focus-target";
import { describeFocus, type FocusView } from "@/lib/meetings/meeting-focus";
import { summarizePulse, type PulseSummary } from "@/lib/meetings/pulse-summary";

export interface PersonView {
  id: string;
  name: string;
}

export interface MeetingView {
  id: string;
  status: "running" | "ended";
  startedAt: string;
  endedAt: string | null;
  leader: PersonView;
  noteTaker: PersonView | null;
  agenda: TimedAgendaItem[];
  hasBegun: boolean;
  focus: FocusView | null;
  attendees: (PersonView & { joinedAt: string })[];
  parking: { id: string; text: string; authorName: string; isConverted: boolean }[];
  captures: {
    id: string;
    kind: "question" | "surprise";
    text: string;
    authorName: string;
    event: { id: string; label: string } | null;
  }[];
  notes: { id: string; text: string; authorName: string; createdAt: string }[];
  followUp: { note: string; date: string | null };
  /** Ended meetings only; counts, averages and unnamed comments. */
  pulse: PulseSummary | null;
  viewer: { hasJoined: boolean; isNoteTaker: boolean; hasAnsweredPulse: boolean };
}

const person = { select: { id: true, name: true } } as const;

export async function loadMeetingView(meetingId: string, viewerId: string): Promise<MeetingView> {
  const meeting = await db.reviewMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: {
      startedBy: person,
      noteTaker: person,
      agenda: { orderBy: { position: "asc" } },
      attendees: { orderBy: { joinedAt: "asc" }, include: { user: person } },
      parking: { orderBy: { createdAt: "asc" }, include: { author: person } },
      captures: { orderBy: { createdAt: "asc" }, include: { author: person } },
      notes: { orderBy: { createdAt: "asc" }, include: { author: person } },
    },
  });
  const isEnded = meeting.status === "ended";
  const eventIds = [...new Set(meeting.captures.flatMap((c) => (c.eventId ? [c.eventId] : [])))];
  const [events, pulses, ownPulse, focus] = await Promise.all([
    db.timelineEvent.findMany({
      where: { id: { in: eventIds }, incidentId: meeting.incidentId, deletedAt: null },
      select: { id: true, message: true },
    }),
    // Never the author: the summary is all anyone sees.
    isEnded
      ? db.meetingPulse.findMany({
          where: { meetingId },
          select: { learned: true, attendAgain: true, comment: true },
        })
      : Promise.resolve([]),
    isEnded
      ? db.meetingPulse.count({ where: { meetingId, userId: viewerId } })
      : Promise.resolve(0),
    isFocusKind(meeting.focusKind)
      ? describeFocus(meeting.incidentId, meeting.focusKind, meeting.focusId)
      : Promise.resolve(null),
  ]);
  const eventLabels = new Map(events.map((event) => [event.id, event.message.slice(0, 120)]));
  return {
    id: meeting.id,
    status: isEnded ? "ended" : "running",
    startedAt: meeting.startedAt.toISOString(),
    endedAt: meeting.endedAt?.toISOString() ?? null,
    leader: meeting.startedBy,
    noteTaker: meeting.noteTaker,
    agenda: meeting.agenda.map((item) => ({
      id: item.id,
      title: item.title,
      minutes: item.minutes,
      startedAt: item.startedAt?.toISOString() ?? null,
      endedAt: item.endedAt?.toISOString() ?? null,
    })),
    hasBegun: meeting.agenda.some((item) => item.startedAt !== null),
    focus,
    attendees: meeting.attendees.map((attendee) => ({
      ...attendee.user,
      joinedAt: attendee.joinedAt.toISOString(),
    })),
    parking: meeting.parking.map((item) => ({
      id: item.id,
      text: item.text,
      authorName: item.author.name,
      isConverted: item.convertedAt !== null,
    })),
    captures: meeting.captures.map((capture) => {
      const label = capture.eventId ? eventLabels.get(capture.eventId) : undefined;
      return {
        id: capture.id,
        kind: capture.kind === "surprise" ? "surprise" : "question",
        text: capture.text,
        authorName: capture.author.name,
        event: capture.eventId && label !== undefined ? { id: capture.eventId, label } : null,
      };
    }),
    notes: meeting.notes.map((note) => ({
      id: note.id,
      text: note.text,
      authorName: note.author.name,
      createdAt: note.createdAt.toISOString(),
    })),
    followUp: {
      note: meeting.followUpNote,
      date: meeting.followUpDate?.toISOString().slice(0, 10) ?? null,
    },
    pulse: isEnded ? summarizePulse(pulses) : null,
    viewer: {
      hasJoined: meeting.attendees.some((attendee) => attendee.userId === viewerId),
      isNoteTaker: meeting.noteTakerId === viewerId,
      hasAnsweredPulse: ownPulse > 0,
    },
  };
}
