// What an incident's template says about its meeting and its notes: the agenda a new
// meeting starts with, and the questions under each note section. An incident without a
// template (or whose template was deleted) gets the usual defaults.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_AGENDA } from "@/lib/meetings/agenda-timer";
import type { NoteSectionKey } from "@/lib/mental-models/notes/note-sections";
import { db } from "@/lib/db";
import { noteQuestionsFor, type TemplateAgendaItem } from "@/lib/templates/template-content";
import { readAgenda, readNoteQuestions } from "@/lib/templates/template-view";

export async function agendaForIncident(
  transaction: Prisma.TransactionClient,
  incidentId: string,
): Promise<TemplateAgendaItem[]> {
  const incident = await transaction.incident.findUnique({
    where: { id: incidentId },
    select: { template: { select: { agenda: true } } },
  });
  const agenda = incident?.template ? readAgenda(incident.template.agenda) : [];
  return agenda.length > 0 ? agenda : DEFAULT_AGENDA.map((item) => ({ ...item }));
}

export async function noteQuestionsForIncident(
  incidentId: string,
): Promise<Record<NoteSectionKey, string>> {
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    select: { template: { select: { noteQuestions: true } } },
  });
  return noteQuestionsFor(
    incident?.template ? readNoteQuestions(incident.template.noteQuestions) : null,
  );
}
