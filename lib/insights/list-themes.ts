// The themes page for one person: contributing factors, surprises (key moments marked
// "surprise", and the "what surprised me" part of notes shared with the whole incident)
// and lucky notes from the incidents they may see, grouped into themes. Every query
// carries visibleIncidentWhere, so a restricted incident's words never shape a theme.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import { visibleIncidentWhere } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { groupThemes, type ThemeNote, type ThemeNoteKind } from "@/lib/insights/themes";
import { noteSectionText, parseNoteSections } from "@/lib/mental-models/notes/note-sections";

export interface ThemeIncident {
  reference: string;
  title: string;
}

export interface ThemeView {
  key: string;
  label: string;
  incidents: ThemeIncident[];
  notes: { kind: ThemeNoteKind; text: string; incident: ThemeIncident }[];
}

export interface ThemesView {
  themes: ThemeView[];
  /** How many notes and incidents were read, so an empty page can say why. */
  noteCount: number;
  incidentCount: number;
}

// The most recent notes of each kind: enough for themes, bounded for a large library.
const PER_KIND = 5_000;
const incidentFields = { select: { id: true, number: true, title: true } } as const;

export async function listThemes(user: SessionUser, kind?: ThemeNoteKind): Promise<ThemesView> {
  const incident: Prisma.IncidentWhereInput = visibleIncidentWhere(user);
  const wants = (candidate: ThemeNoteKind) => !kind || kind === candidate;
  const recentFirst = { incident: { updatedAt: "desc" } } as const;

  const [factors, lucky, surpriseMoments, surpriseNotes] = await Promise.all([
    wants("factor")
      ? db.contributingFactor.findMany({
          where: { incident },
          select: { id: true, text: true, incident: incidentFields },
          orderBy: recentFirst,
          take: PER_KIND,
        })
      : [],
    wants("lucky")
      ? db.luckyNote.findMany({
          where: { incident },
          select: { id: true, text: true, incident: incidentFields },
          orderBy: recentFirst,
          take: PER_KIND,
        })
      : [],
    wants("surprise")
      ? db.timelineEvent.findMany({
          where: { incident, keyMoment: "surprise", deletedAt: null },
          select: { id: true, message: true, keyMomentNote: true, incident: incidentFields },
          orderBy: recentFirst,
          take: PER_KIND,
        })
      : [],
    // Only notes shared with everyone on the incident: themes are read by the whole
    // workspace, so a note kept private or for facilitators stays out, whoever is reading.
    wants("surprise")
      ? db.modelNote.findMany({
          where: {
            incident,
            deletedAt: null,
            visibility: "incident",
            OR: [{ kind: { not: "interview" } }, { calibratedAt: { not: null } }],
          },
          select: { id: true, sections: true, incident: incidentFields },
          orderBy: recentFirst,
          take: PER_KIND,
        })
      : [],
  ]);

  const incidents = new Map<string, ThemeIncident>();
  const notes: ThemeNote[] = [];
  const add = (
    id: string,
    kind: ThemeNoteKind,
    text: string,
    from: { id: string; number: number; title: string },
  ) => {
    if (!text.trim()) return;
    incidents.set(from.id, { reference: formatIncidentReference(from.number), title: from.title });
    notes.push({ id, incidentId: from.id, kind, text: text.trim() });
  };
  for (const factor of factors) add(factor.id, "factor", factor.text, factor.incident);
  for (const note of lucky) add(note.id, "lucky", note.text, note.incident);
  for (const moment of surpriseMoments) {
    add(moment.id, "surprise", moment.keyMomentNote || moment.message, moment.incident);
  }
  for (const note of surpriseNotes) {
    const text = noteSectionText(parseNoteSections(note.sections).surprised);
    add(note.id, "surprise", text, note.incident);
  }

  const themes = groupThemes(notes).map((theme) => ({
    key: theme.key,
    label: theme.label,
    incidents: theme.incidentIds.flatMap((id) => incidents.get(id) ?? []),
    notes: theme.notes.flatMap((note) => {
      const from = incidents.get(note.incidentId);
      return from ? [{ kind: note.kind, text: note.text, incident: from }] : [];
    }),
  }));
  return { themes, noteCount: notes.length, incidentCount: incidents.size };
}
