import type { ReactNode } from "react";
import { IncidentTabs } from "@/components/incidents/incident-tabs";
import { IncidentLiveProvider } from "@/components/live/incident-live";
import { MeetingBar } from "@/components/meeting/meeting-bar";
import { MeetingProvider } from "@/components/meeting/meeting-provider";
import { requirePageUser } from "@/lib/auth/current-user";
import { getIncidentForPage } from "@/lib/incidents/get-incident-for-page";
import { getMeetingBar } from "@/lib/meetings/get-meeting-bar";
import { STATUS_LABELS } from "@/lib/incidents/schema";
import { getIncidentDisplayZone } from "@/lib/incidents/get-incident-display-zone";
import { DisplayZoneSwitch } from "@/components/time/display-zone-switch";
import { getViewerZone } from "@/lib/time/viewer-zone";
import { revealInvisible } from "@/lib/text/clean-text";

export default async function IncidentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ reference: string }>;
}) {
  const { reference } = await params;
  const user = await requirePageUser(`/incidents/${reference}`);
  const [display, viewerZone] = await Promise.all([
    getIncidentDisplayZone(user, reference),
    getViewerZone(),
  ]);
  const incident = await getIncidentForPage(user, reference, display.zone);
  const meeting = await getMeetingBar(user, incident.id);
  return (
    <IncidentLiveProvider reference={incident.reference} viewerId={user.id}>
      <MeetingProvider reference={incident.reference} viewerId={user.id} meeting={meeting}>
        <div className="row">
          <span className="muted">{incident.reference}</span>
          <span className={`badge sev-${incident.severity}`}>{incident.severity}</span>
          <span className={`badge status-${incident.status}`}>
            {STATUS_LABELS[incident.status]}
          </span>
          {incident.visibility === "restricted" && <span className="badge">Restricted</span>}
          <span className="grow" />
          <DisplayZoneSwitch
            display={display}
            viewerZone={viewerZone}
            incidentZone={incident.values.incidentTimeZone || null}
            isCompact
          />
          <a
            className="small"
            href={`/api/incidents/${incident.reference}/export-json`}
            download
            title="Everything you can see of this incident, to import into another Debrief"
          >
            Export (JSON)
          </a>
        </div>
        <h1 style={{ marginTop: "0.4rem" }}>{revealInvisible(incident.title)}</h1>
        <IncidentTabs reference={incident.reference} />
        <MeetingBar />
        {children}
      </MeetingProvider>
    </IncidentLiveProvider>
  );
}
