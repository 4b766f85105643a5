import type { Metadata } from "next";
import { Suspense } from "react";
import { NarrativeComments } from "@/components/comments/narrative-comments";
import { IncidentForm } from "@/components/incidents/incident-form";
import {
  SimilarIncidentsLoading,
  SimilarIncidentsPanel,
} from "@/components/insights/similar-incidents-panel";
import { ReviewReadView } from "@/components/review-document/review-read-view";
import { ViewSwitch } from "@/components/review-document/view-switch";
import { requirePageUser } from "@/lib/auth/current-user";
import { getIncidentForPage } from "@/lib/incidents/get-incident-for-page";
import { getIncidentDisplayZone } from "@/lib/incidents/get-incident-display-zone";
import { listDismissals } from "@/lib/language-review/dismissals";
import { documentZone } from "@/lib/review-document/document-time";
import { chooseIncidentView } from "@/lib/review-document/incident-view";
import { loadReviewDocument } from "@/lib/review-document/load-review-document";
import { getLanguageSettings, toTeamSettings } from "@/lib/settings/language-settings";
import { listPeople } from "@/lib/users/manage-users";

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).reference.toUpperCase() };
}

export default async function IncidentOverviewPage({ params, searchParams }: Props) {
  const { reference } = await params;
  const user = await requirePageUser(`/incidents/${reference}`);
  // The one place this page decides the zone its times are shown in.
  const displayZone = await getIncidentDisplayZone(user, reference);
  const incident = await getIncidentForPage(user, reference, displayZone.zone);
  const view = chooseIncidentView({
    requested: (await searchParams).view,
    canEdit: incident.canEdit,
    status: incident.status,
  });
  const viewSwitch = incident.canEdit ? (
    <ViewSwitch reference={incident.reference} view={view} />
  ) : null;

  if (view === "read") {
    const document = await loadReviewDocument(user, incident.reference, {
      zone: documentZone(displayZone.zone),
    });
    return (
      <>
        {viewSwitch}
        <ReviewReadView document={document} />
      </>
    );
  }

  const [people, dismissals, languageSettings] = await Promise.all([
    listPeople(),
    listDismissals(user, incident.reference),
    getLanguageSettings(),
  ]);
  return (
    <>
      {viewSwitch}
      {/* A new zone choice shows the milestones in that zone: the form starts again from
          the saved values (an unsaved draft is kept locally and offered back). */}
      <IncidentForm
        key={incident.values.timeZone}
        mode="edit"
        reference={incident.reference}
        initialValues={incident.values}
        version={incident.version}
        people={people}
        importedParticipants={incident.importedParticipants}
        canEdit={incident.canEdit}
        dismissed={dismissals.map((dismissal) => dismissal.fingerprint)}
        languageSettings={toTeamSettings(languageSettings)}
        aside={
          <Suspense fallback={<SimilarIncidentsLoading />}>
            <SimilarIncidentsPanel user={user} reference={incident.reference} />
          </Suspense>
        }
        collaboration={{ incidentId: incident.id, user: { id: user.id, name: user.name } }}
      />
      {/* Reads the selection inside the narrative's editor, whichever editor renders it. */}
      <NarrativeComments
        reference={incident.reference}
        canWrite={incident.canEdit}
        containerSelector="#narrative, [aria-labelledby='narrative-label']"
      />
    </>
  );
}
