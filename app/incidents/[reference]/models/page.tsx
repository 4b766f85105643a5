import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ModelsSubnav } from "@/components/models/models-subnav";
import type { AnchorEvent } from "@/components/models/notes/anchor-picker";
import { NotesView } from "@/components/models/notes/notes-view";
import type { SessionUser } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getIncidentForPage } from "@/lib/incidents/get-incident-for-page";
import { getNotesPageData } from "@/lib/mental-models/notes/get-notes-page-data";
import { getLanguageSettings, toTeamSettings } from "@/lib/settings/language-settings";
import { getTimelineEvent } from "@/lib/timeline/get-timeline-event";
import { getIncidentDisplayZone } from "@/lib/incidents/get-incident-display-zone";
import "./notes.css";
import { LiveRefresh } from "@/components/live/live-refresh";

export const metadata: Metadata = { title: "Mental models: notes" };

// Checks access itself, like every page: on client-side navigation the page's content
// can be fetched without the layout running again.
export default async function IncidentModelsPage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ event?: string | string[] }>;
}) {
  const { reference } = await params;
  const { event } = await searchParams;
  const user = await requirePageUser(`/incidents/${reference}/models`);
  const { zone: timeZone } = await getIncidentDisplayZone(user, reference);
  const incident = await getIncidentForPage(user, reference, timeZone);
  const [data, languageSettings, startEvent] = await Promise.all([
    getNotesPageData(user, incident.reference).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }),
    getLanguageSettings(),
    typeof event === "string" ? findStartEvent(user, incident.reference, event) : null,
  ]);
  return (
    <div className="stack">
      <ModelsSubnav reference={incident.reference} current="notes" />
      <LiveRefresh topics={["notes"]} />
      <NotesView
        reference={incident.reference}
        timeZone={timeZone}
        data={data}
        viewerName={user.name}
        startEvent={startEvent}
        settings={toTeamSettings(languageSettings)}
      />
    </div>
  );
}

// "Write a note here" from the timeline: an event that is gone simply starts a blank note.
async function findStartEvent(
  user: SessionUser,
  reference: string,
  eventId: string,
): Promise<AnchorEvent | null> {
  try {
    const detail = await getTimelineEvent(user, reference, eventId.slice(0, 100), 0);
    if (detail.isDeleted) return null;
    return { id: detail.id, time: detail.time, message: detail.message, service: detail.service };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
