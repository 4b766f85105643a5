import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { describeChanges } from "@/lib/incidents/describe-history";
import { listIncidentHistoryWithEvents } from "@/lib/incidents/list-incident-history";
import { getIncidentDisplayZone } from "@/lib/incidents/get-incident-display-zone";
import { formatInstant } from "@/lib/time/zone";
import { listPeople } from "@/lib/users/manage-users";
import { notFound } from "next/navigation";
import { revealInvisible } from "@/lib/text/clean-text";
import { LiveRefresh } from "@/components/live/live-refresh";
import { CHANGE_TOPICS } from "@/lib/realtime/incident-change";

export const metadata: Metadata = { title: "History" };

const ACTION_LABELS: Record<string, string> = {
  "incident.created": "created the incident",
  "incident.updated": "edited the overview",
  "incident.imported": "imported this review from a JSON export",
  "timeline.evidence_imported": "imported evidence into the timeline",
  "timeline.event_created": "added a timeline event",
  "timeline.event_updated": "edited a timeline event",
  "timeline.events_hidden": "hid timeline events",
  "timeline.event_deleted": "deleted a timeline event",
  "comment.thread_resolved": "resolved a comment thread",
  "comment.thread_reopened": "reopened a comment thread",
  "model.comment_thread_resolved": "resolved a comment thread",
  "model.comment_thread_reopened": "reopened a comment thread",
  "timeline.event_restored": "restored a timeline event",
  "language.dismissed": "dismissed a language note",
  "language.restored": "restored a language note",
  "model.diagram_created": "started a diagram (only you see this entry)",
  "model.diagram_updated": "changed a diagram (only you see this entry)",
  "model.diagram_deleted": "deleted a diagram (only you see this entry)",
  "model.note_created": "wrote a note (only you see this entry)",
  "model.note_updated": "changed a note (only you see this entry)",
  "model.note_deleted": "deleted a note (only you see this entry)",
  "model.note_visibility_changed": "changed who can read a note (only you see this entry)",
  "model.note_confirmed": "confirmed an interview note about you (only you see this entry)",
  "model.note_confirmation_withdrawn":
    "took back your confirmation of an interview note (only you see this entry)",
  "compare.aliases_updated": "changed the component aliases",
};

export default async function IncidentHistoryPage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const { reference } = await params;
  const user = await requirePageUser(`/incidents/${reference}/history`);
  const [{ entries, events }, zone, people] = await Promise.all([
    listIncidentHistoryWithEvents(user, reference).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }),
    getIncidentDisplayZone(user, reference).then((display) => display.zone),
    listPeople(),
  ]);
  const context = {
    nameOf: (id: string) => people.find((person) => person.id === id)?.name ?? "former account",
    formatTime: (iso: string) => formatInstant(new Date(iso), zone),
    eventOf: (id: string) => events.get(id) ?? null,
  };

  return (
    <section aria-label="History" className="card">
      <LiveRefresh topics={CHANGE_TOPICS} />
      {entries.length === 0 && <p className="muted">No changes recorded yet.</p>}
      {entries.map((entry) => (
        <article key={entry.id} className="history-entry" data-testid="history-entry">
          <div>
            <strong>{revealInvisible(entry.actorName)}</strong>{" "}
            {ACTION_LABELS[entry.action] ?? entry.action}{" "}
            <span className="muted small">· {formatInstant(new Date(entry.createdAt), zone)}</span>
          </div>
          {entry.action !== "incident.created" && (
            <dl>
              {describeChanges(entry.action, entry.changes, context).map((row, index) => (
                <div key={index} style={{ display: "contents" }}>
                  <dt>{row.label}</dt>
                  <dd>
                    {row.from !== null && (
                      <>
                        <span className="muted">{row.from}</span> →{" "}
                      </>
                    )}
                    {row.to}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </article>
      ))}
    </section>
  );
}
