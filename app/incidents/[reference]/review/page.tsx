import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingRecord } from "@/components/meeting/meeting-record";
import { MeetingRoom } from "@/components/meeting/meeting-room";
import { PrepareView } from "@/components/meeting/prepare-view";
import { PulseForm } from "@/components/meeting/pulse-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getIncidentForPage } from "@/lib/incidents/get-incident-for-page";
import { getReviewPageData } from "@/lib/meetings/get-review-page-data";
import { getIncidentDisplayZone } from "@/lib/incidents/get-incident-display-zone";

export const metadata: Metadata = { title: "Review" };

// Checks access itself, like every page: on client-side navigation the page's content
// can be fetched without the layout running again. Live changes refresh it through the
// meeting provider in the incident layout.
export default async function IncidentReviewPage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const { reference } = await params;
  const user = await requirePageUser(`/incidents/${reference}/review`);
  const incident = await getIncidentForPage(
    user,
    reference,
    (await getIncidentDisplayZone(user, reference)).zone,
  );
  const data = await getReviewPageData(user, incident.reference).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const pulsesDue = data.records.filter(
    (meeting) => meeting.viewer.hasJoined && !meeting.viewer.hasAnsweredPulse,
  );
  return (
    <div className="stack">
      {pulsesDue.map((meeting) => (
        <PulseForm key={meeting.id} reference={incident.reference} meetingId={meeting.id} />
      ))}
      {data.running ? (
        <MeetingRoom
          reference={incident.reference}
          meeting={data.running}
          canControl={data.canControl}
          canWrite={data.canWrite}
          noteTakerChoices={data.noteTakerChoices}
          focusChoices={data.focusChoices}
          serverNow={data.serverNow}
        />
      ) : data.prepare ? (
        <PrepareView reference={incident.reference} data={data.prepare} />
      ) : (
        <section
          className={`card stack-tight${data.records.length === 0 ? " empty" : ""}`}
          aria-label="Review"
        >
          <h2>No meeting running</h2>
          <p className="muted">
            The incident&rsquo;s facilitator starts review meetings here. When one starts, a bar
            appears on every page of the incident and this tab shows the meeting.
          </p>
        </section>
      )}
      <section className="stack" aria-labelledby="records-title">
        <h2 id="records-title">Past meetings</h2>
        {data.records.length === 0 ? (
          <p className="muted">No meetings have ended yet; their records will be kept here.</p>
        ) : (
          data.records.map((meeting, index) => (
            <MeetingRecord
              key={meeting.id}
              reference={incident.reference}
              meeting={meeting}
              canControl={data.canControl}
              isOpen={index === 0}
            />
          ))
        )}
      </section>
    </div>
  );
}
