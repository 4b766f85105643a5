"use server";

// Server actions for review meetings. Only actions live here: "use server" makes every
// export callable from the browser, so the logic (and every access check) stays in
// lib/meetings/.
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { addCapture, addMeetingNote, addParkingItem } from "@/lib/meetings/capture-in-meeting";
import { convertParkingItem } from "@/lib/meetings/convert-parking-item";
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from "@/lib/meetings/edit-agenda";
import { setMeetingFocus } from "@/lib/meetings/meeting-focus";
import { advanceAgenda, endMeeting, joinMeeting, setNoteTaker } from "@/lib/meetings/run-meeting";
import { setFollowUp } from "@/lib/meetings/set-follow-up";
import { startMeeting } from "@/lib/meetings/start-meeting";
import { submitPulse } from "@/lib/meetings/submit-pulse";

export async function startMeetingAction(reference: string) {
  return authenticatedAction("startMeeting", (user) => startMeeting(user, String(reference)));
}

export async function joinMeetingAction(reference: string, meetingId: string) {
  return authenticatedAction("joinMeeting", (user) =>
    joinMeeting(user, String(reference), String(meetingId)),
  );
}

export async function advanceAgendaAction(reference: string, meetingId: string) {
  return authenticatedAction("advanceAgenda", (user) =>
    advanceAgenda(user, String(reference), String(meetingId)),
  );
}

export async function endMeetingAction(reference: string, meetingId: string) {
  return authenticatedAction("endMeeting", (user) =>
    endMeeting(user, String(reference), String(meetingId)),
  );
}

export async function setNoteTakerAction(
  reference: string,
  meetingId: string,
  noteTakerId: string | null,
) {
  return authenticatedAction("setNoteTaker", (user) =>
    setNoteTaker(
      user,
      String(reference),
      String(meetingId),
      noteTakerId ? String(noteTakerId) : null,
    ),
  );
}

export async function addAgendaItemAction(reference: string, meetingId: string, input: unknown) {
  return authenticatedAction("addAgendaItem", (user) =>
    addAgendaItem(user, String(reference), String(meetingId), input),
  );
}

export async function updateAgendaItemAction(
  reference: string,
  meetingId: string,
  itemId: string,
  input: unknown,
) {
  return authenticatedAction("updateAgendaItem", (user) =>
    updateAgendaItem(user, String(reference), String(meetingId), String(itemId), input),
  );
}

export async function removeAgendaItemAction(reference: string, meetingId: string, itemId: string) {
  return authenticatedAction("removeAgendaItem", (user) =>
    removeAgendaItem(user, String(reference), String(meetingId), String(itemId)),
  );
}

export async function setMeetingFocusAction(reference: string, meetingId: string, input: unknown) {
  return authenticatedAction("setMeetingFocus", (user) =>
    setMeetingFocus(user, String(reference), String(meetingId), input),
  );
}

export async function addParkingItemAction(reference: string, meetingId: string, input: unknown) {
  return authenticatedAction("addParkingItem", (user) =>
    addParkingItem(user, String(reference), String(meetingId), input),
  );
}

export async function convertParkingItemAction(reference: string, itemId: string) {
  return authenticatedAction("convertParkingItem", (user) =>
    convertParkingItem(user, String(reference), String(itemId)),
  );
}

export async function addCaptureAction(reference: string, meetingId: string, input: unknown) {
  return authenticatedAction("addCapture", (user) =>
    addCapture(user, String(reference), String(meetingId), input),
  );
}

export async function addMeetingNoteAction(reference: string, meetingId: string, input: unknown) {
  return authenticatedAction("addMeetingNote", (user) =>
    addMeetingNote(user, String(reference), String(meetingId), input),
  );
}

export async function submitPulseAction(reference: string, meetingId: string, input: unknown) {
  return authenticatedAction("submitPulse", (user) =>
    submitPulse(user, String(reference), String(meetingId), input),
  );
}

export async function setFollowUpAction(reference: string, meetingId: string, input: unknown) {
  return authenticatedAction("setFollowUp", (user) =>
    setFollowUp(user, String(reference), String(meetingId), input),
  );
}
