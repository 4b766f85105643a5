// Everything the Review tab shows: the running meeting (if any), the facilitator's
// preparation when none runs, and the records of past meetings, newest first.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { meetingActorFor } from "@/lib/meetings/meeting-access";
import { loadMeetingView, type MeetingView, type PersonView } from "@/lib/meetings/meeting-view";
import { prepareMeeting, type PrepareData } from "@/lib/meetings/prepare-meeting";
import type { FocusTarget } from "@/lib/meetings/focus-target";

export interface FocusChoice extends FocusTarget {
  label: string;
}

export interface ReviewPageData {
  running: MeetingView | null;
  records: MeetingView[];
  prepare: PrepareData | null;
  canControl: boolean;
  canWrite: boolean;
  /** Who the facilitator may name note-taker: participants and attendees who may write. */
  noteTakerChoices: PersonView[];
  /** What the facilitator may focus everyone on from the meeting view. */
  focusChoices: FocusChoice[];
  serverNow: string;
}

export async function getReviewPageData(
  user: SessionUser,
  reference: string,
): Promise<ReviewPageData> {
  const actor = await meetingActorFor(user, reference, "read");
  const meetings = await db.reviewMeeting.findMany({
    where: { incidentId: actor.incidentId },
    orderBy: { startedAt: "desc" },
    select: { id: true, status: true },
  });
  const views = await Promise.all(meetings.map((meeting) => loadMeetingView(meeting.id, user.id)));
  const running = views.find((view) => view.status === "running") ?? null;
  const noteTakerChoices =
    running && actor.canControl
      ? await db.user.findMany({
          where: {
            isActive: true,
            role: { not: "viewer" },
            OR: [
              { participations: { some: { incidentId: actor.incidentId } } },
              { meetingAttendances: { some: { meetingId: running.id } } },
            ],
          },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [];
  const focusChoices = running && actor.canControl ? await listFocusChoices(actor.incidentId) : [];
  return {
    running,
    records: views.filter((view) => view.status === "ended"),
    prepare:
      !running && actor.canControl ? await prepareMeeting(user, reference, actor.incidentId) : null,
    canControl: actor.canControl,
    canWrite: actor.canWrite,
    noteTakerChoices,
    focusChoices,
    serverNow: new Date().toISOString(),
  };
}

// The key moments of the timeline and the diagrams shared with everyone, then the compare
// view; any other event is focused from the timeline's "Focus everyone here".
async function listFocusChoices(incidentId: string): Promise<FocusChoice[]> {
  const [events, diagrams] = await Promise.all([
    db.timelineEvent.findMany({
      where: { incidentId, deletedAt: null, keyMoment: { not: null } },
      orderBy: [{ time: "asc" }, { id: "asc" }],
      select: { id: true, message: true, time: true },
      take: 50,
    }),
    db.modelDiagram.findMany({
      where: {
        incidentId,
        deletedAt: null,
        OR: [{ kind: "reference" }, { visibility: "incident" }],
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, author: { select: { name: true } } },
      take: 50,
    }),
  ]);
  return [
    ...events.map((event) => ({
      kind: "event" as const,
      id: event.id,
      label: `${event.time.toISOString().slice(11, 19)} UTC · ${event.message.slice(0, 90)}`,
    })),
    ...diagrams.map((diagram) => ({
      kind: "diagram" as const,
      id: diagram.id,
      label: `Diagram: ${diagram.author.name}: ${diagram.title}`,
    })),
    { kind: "compare" as const, id: null, label: "The compare view (everyone’s diagrams)" },
  ];
}
