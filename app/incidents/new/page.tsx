import type { Metadata } from "next";
import Link from "next/link";
import { IncidentForm } from "@/components/incidents/incident-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { canWrite } from "@/lib/auth/roles";
import { emptyIncidentInput } from "@/lib/incidents/schema";
import { getViewerZone } from "@/lib/time/viewer-zone";
import { getLanguageSettings, toTeamSettings } from "@/lib/settings/language-settings";
import { listPeople } from "@/lib/users/manage-users";

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
  const [zone, people, languageSettings] = await Promise.all([
    getViewerZone(),
    listPeople(),
    getLanguageSettings(),
  ]);
  const initialValues = emptyIncidentInput(zone);
  initialValues.participants = [{ userId: user.id, role: "facilitator" }];
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
      />
    </div>
  );
}
