// A stored template row read into the shapes pages use. Server-only: it reads the JSON
// columns defensively (a bad value reads as empty) and checks the admin rule once.
import "server-only";
import { z } from "@/lib/validation/zod";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import {
  agendaItemSchema,
  emptyNoteQuestions,
  noteQuestionsSchema,
  readStoredJson,
  templateSectionSchema,
  type NoteQuestions,
  type TemplateAgendaItem,
  type TemplateSection,
} from "@/lib/templates/template-content";

export interface TemplateView {
  id: string;
  name: string;
  description: string;
  sections: TemplateSection[];
  agenda: TemplateAgendaItem[];
  noteQuestions: NoteQuestions;
  isDefault: boolean;
  version: number;
  usedBy: number;
  updatedAt: string;
}

export const templateSelect = {
  id: true,
  name: true,
  description: true,
  sections: true,
  agenda: true,
  noteQuestions: true,
  isDefault: true,
  version: true,
  updatedAt: true,
  _count: { select: { incidents: true } },
} as const;

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  sections: string;
  agenda: string;
  noteQuestions: string;
  isDefault: boolean;
  version: number;
  updatedAt: Date;
  _count: { incidents: number };
}

export function readSections(stored: string): TemplateSection[] {
  return readStoredJson(stored, z.array(templateSectionSchema), []);
}

export function readAgenda(stored: string): TemplateAgendaItem[] {
  return readStoredJson(stored, z.array(agendaItemSchema), []);
}

export function readNoteQuestions(stored: string): NoteQuestions {
  return readStoredJson(stored, noteQuestionsSchema, emptyNoteQuestions());
}

export function toTemplateView(row: TemplateRow): TemplateView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    sections: readSections(row.sections),
    agenda: readAgenda(row.agenda),
    noteQuestions: readNoteQuestions(row.noteQuestions),
    isDefault: row.isDefault,
    version: row.version,
    usedBy: row._count.incidents,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function requireTemplateAdmin(user: SessionUser): void {
  if (user.role !== "admin")
    throw new AppError("not_found", "That page does not exist or you do not have access to it.");
}
