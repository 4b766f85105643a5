"use server";

// Server actions for "what I knew then" notes. Only actions live here: "use server" makes
// every export callable from the browser, so the logic stays in lib/mental-models/notes/.
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { calibrateNote } from "@/lib/mental-models/notes/calibrate-note";
import { createNote } from "@/lib/mental-models/notes/create-note";
import { deleteNote } from "@/lib/mental-models/notes/delete-note";
import { setNoteVisibility } from "@/lib/mental-models/notes/set-note-visibility";
import { updateNote } from "@/lib/mental-models/notes/update-note";

export async function createNoteAction(reference: string, input: unknown) {
  return authenticatedAction("createNote", (user) => createNote(user, String(reference), input));
}

export async function updateNoteAction(reference: string, input: unknown) {
  return authenticatedAction("updateNote", (user) => updateNote(user, String(reference), input));
}

export async function setNoteVisibilityAction(reference: string, input: unknown) {
  return authenticatedAction("setNoteVisibility", (user) =>
    setNoteVisibility(user, String(reference), input),
  );
}

export async function calibrateNoteAction(reference: string, input: unknown) {
  return authenticatedAction("calibrateNote", (user) =>
    calibrateNote(user, String(reference), input),
  );
}

export async function deleteNoteAction(reference: string, input: unknown) {
  return authenticatedAction("deleteNote", (user) => deleteNote(user, String(reference), input));
}
