// Who may see a participant's note or diagram: the one place that decides, as a pure rule
// (for tests and for checks on one record) and as a query filter (so lists, counts, lanes,
// exports and the compare view never load what the viewer may not see).
//
// private       the author only; for an interview note, the facilitator who wrote it and
//               the participant it is about
// facilitators  the author and the incident's facilitators
// incident      everyone who may see the incident
//
// An interview note that its participant has not confirmed ("that's right") stays between
// the two of them whatever its visibility says. Workspace admins get no exception: a
// private note is private.
import type { Prisma } from "@/generated/prisma/client";

export const MODEL_VISIBILITIES = ["private", "facilitators", "incident"] as const;
export type ModelVisibility = (typeof MODEL_VISIBILITIES)[number];

export const MODEL_VISIBILITY_LABELS: Record<ModelVisibility, string> = {
  private: "Only me",
  facilitators: "Facilitators",
  incident: "Everyone on the incident",
};

export interface ModelViewer {
  userId: string;
  /** Whether the viewer is a facilitator of this incident. */
  isFacilitator: boolean;
}

export interface NoteAccessFields {
  authorId: string;
  subjectId: string;
  kind: string;
  visibility: string;
  calibratedAt: Date | null;
}

export interface DiagramAccessFields {
  authorId: string;
  kind: string;
  visibility: string;
}

function sharedWith(viewer: ModelViewer, visibility: string): boolean {
  return visibility === "incident" || (visibility === "facilitators" && viewer.isFacilitator);
}

export function canSeeNote(viewer: ModelViewer, note: NoteAccessFields): boolean {
  if (note.authorId === viewer.userId) return true;
  if (note.kind === "interview" && note.subjectId === viewer.userId) return true;
  const mayBeShared = note.kind !== "interview" || note.calibratedAt !== null;
  return mayBeShared && sharedWith(viewer, note.visibility);
}

export function canSeeDiagram(viewer: ModelViewer, diagram: DiagramAccessFields): boolean {
  if (diagram.authorId === viewer.userId) return true;
  if (diagram.kind === "reference") return true;
  return sharedWith(viewer, diagram.visibility);
}

function sharedVisibilities(viewer: ModelViewer): string[] {
  return viewer.isFacilitator ? ["incident", "facilitators"] : ["incident"];
}

/** The same rule as `canSeeNote`, as a filter for queries of one incident's notes. */
export function visibleNoteWhere(viewer: ModelViewer): Prisma.ModelNoteWhereInput {
  return {
    deletedAt: null,
    OR: [
      { authorId: viewer.userId },
      { kind: "interview", subjectId: viewer.userId },
      {
        visibility: { in: sharedVisibilities(viewer) },
        OR: [{ kind: { not: "interview" } }, { calibratedAt: { not: null } }],
      },
    ],
  };
}

/** The same rule as `canSeeDiagram`, as a filter for queries of one incident's diagrams. */
export function visibleDiagramWhere(viewer: ModelViewer): Prisma.ModelDiagramWhereInput {
  return {
    deletedAt: null,
    OR: [
      { authorId: viewer.userId },
      { kind: "reference" },
      { visibility: { in: sharedVisibilities(viewer) } },
    ],
  };
}
