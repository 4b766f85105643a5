import type { Metadata } from "next";
import Link from "next/link";
import { IncidentForm } from "@/components/incidents/incident-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { canWrite } from "@/lib/auth/roles";
import { emptyIncidentInput } from "@/lib/incidents/schema";
import { getViewerZone } from "@/lib/time/viewer-zone";
import { getLanguageSettings, toTeamSettings } from "@/lib/settings/language-settings";
import { listPeople } from "@/lib/users/manage-users";
import { sectionsToNarrative } from "@/lib/templates/template-content";
import { listTemplates } from "@/lib/templates/list-templates";

export const metadata: Metadata = { title: "New incident" };

export default async function NewIncidentPage() {
  const user = await requirePageUser("/incidents/new");
  if (!canWrite(user)) {
    // A viewer reads the library; a disabled form would only say "you cannot" field by field.
    return (
      <div className="stack">
        <h1>New incident</h1>
        <p className="banner" role="status">
          Viewers can read incidents but not create them. Ask a workspace admin to make you a member
          if you need to start one.
        </p>
        <p>
          <Link href="/incidents">Back to the incident library</Link>
        </p>
      </div>
    );
  }
  const [zone, people, languageSettings, templates] = await Promise.all([
    getViewerZone(),
    listPeople(),
    getLanguageSettings(),
    listTemplates(),
  ]);
  const initialValues = emptyIncidentInput(zone);
  initialValues.participants = [{ userId: user.id, role: "facilitator" }];
  // The default template is preselected, its sections already in the narrative.
  const preselected = templates.find((template) => template.isDefault) ?? null;
  if (preselected)
    initialValues.narrative = JSON.stringify(sectionsToNarrative(preselected.sections));
  return (
    <div className="stack">
      <h1>New incident</h1>
      <p className="muted">
        Start with what you know; everything can be changed later, and every change is kept in the
        history.
      </p>
      <IncidentForm
        mode="create"
        initialValues={initialValues}
        people={people}
        canEdit
        languageSettings={toTeamSettings(languageSettings)}
        templates={templates.map(({ id, name, description, sections, isDefault }) => ({
          id,
          name,
          description,
          sections,
          isDefault,
        }))}
        initialTemplateId={preselected?.id ?? null}
      />
    </div>
  );
}
