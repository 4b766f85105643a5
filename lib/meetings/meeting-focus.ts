// The facilitator's focus: checked to be something of this incident that every participant
// may see (a timeline event, a note or diagram shared with the incident, the compare view),
// so following never shows anyone what they could not open themselves; and described for
// the meeting view in a few words.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FocusKind, FocusTarget } from "@/lib/meetings/focus-target";
import {
  meetingActorFor,
  requireControl,
  requireRunningMeeting,
} from "@/lib/meetings/meeting-access";
import { focusSchema } from "@/lib/meetings/meeting-input";
import { publishMeetingChange } from "@/lib/meetings/publish-meeting-change";

export interface FocusView extends FocusTarget {
  label: string;
  /** The event's instant, for an event focus (ISO). */
  time: string | null;
}

const LABEL_MAX = 160;
const shorten = (text: string) =>
  text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1).trimEnd()}…` : text;

// Shared with the whole incident: the only notes and diagrams a focus may show.
const sharedNoteWhere = {
  deletedAt: null,
  visibility: "incident",
  OR: [{ kind: "own" }, { kind: "interview", calibratedAt: { not: null } }],
};
const sharedDiagramWhere = {
  deletedAt: null,
  OR: [{ kind: "reference" }, { visibility: "incident" }],
};

export async function describeFocus(
  incidentId: string,
  kind: FocusKind,
  id: string | null,
): Promise<FocusView | null> {
  if (kind === "compare") return { kind, id: null, label: "The compare view", time: null };
  if (!id) return null;
  if (kind === "event") {
    const event = await db.timelineEvent.findFirst({
      where: { id, incidentId, deletedAt: null },
      select: { message: true, time: true, service: true },
    });
    if (!event) return null;
    const label = event.service ? `${event.service}: ${event.message}` : event.message;
    return { kind, id, label: shorten(label), time: event.time.toISOString() };
  }
  if (kind === "note") {
    const note = await db.modelNote.findFirst({
      where: { id, incidentId, ...sharedNoteWhere },
      select: { subject: { select: { name: true } }, anchorTime: true },
    });
    if (!note) return null;
    return {
      kind,
      id,
      label: `${note.subject.name}’s note`,
      time: note.anchorTime.toISOString(),
    };
  }
  const diagram = await db.modelDiagram.findFirst({
    where: { id, incidentId, ...sharedDiagramWhere },
    select: { title: true, author: { select: { name: true } }, kind: true },
  });
  if (!diagram) return null;
  const label =
    diagram.kind === "reference"
      ? `Reference diagram: ${diagram.title}`
      : `${diagram.author.name}: ${diagram.title}`;
  return { kind, id, label: shorten(label), time: null };
}

export async function setMeetingFocus(
  user: SessionUser,
  reference: string,
  meetingId: string,
  input: unknown,
): Promise<{ status: "saved"; focus: FocusView }> {
  const actor = await meetingActorFor(user, reference, "write");
  requireControl(actor);
  const target = focusSchema.parse(input);
  await requireRunningMeeting(actor.incidentId, meetingId);
  const focus = await describeFocus(actor.incidentId, target.kind, target.id);
  if (!focus) {
    throw new AppError(
      "invalid_input",
      target.kind === "event"
        ? "That event is not on this timeline any more."
        : "Only notes and diagrams shared with the whole incident can be shown to everyone.",
    );
  }
  await db.reviewMeeting.update({
    where: { id: meetingId },
    data: { focusKind: focus.kind, focusId: focus.id, focusAt: new Date() },
  });
  publishMeetingChange(actor.incidentId, meetingId, user.id, "focus", {
    kind: focus.kind,
    id: focus.id,
  });
  return { status: "saved", focus };
}
