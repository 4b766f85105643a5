// "Similar incidents" beside an incident's overview: up to five incidents the viewer may
// see, each with why it is similar (shared services, tags and words). Server component,
// streamed in a Suspense boundary so the form never waits for it.
import Link from "next/link";
import type { SessionUser } from "@/lib/auth/roles";
import { findSimilarIncidents } from "@/lib/insights/find-similar-incidents";
import { revealInvisible } from "@/lib/text/clean-text";

export async function SimilarIncidentsPanel(props: { user: SessionUser; reference: string }) {
  const similar = await findSimilarIncidents(props.user, props.reference);
  return (
    <aside
      className="card similar-panel"
      aria-labelledby="similar-title"
      data-testid="similar-incidents"
    >
      <h2 id="similar-title">Similar incidents</h2>
      {similar.length === 0 ? (
        <p className="muted small" data-testid="similar-empty">
          None yet. Incidents that share services, tags or the words of their contributing factors
          and narrative will show here.
        </p>
      ) : (
        <ol className="plain-list similar-list">
          {similar.map((incident) => (
            <li key={incident.reference}>
              <Link href={`/incidents/${incident.reference}`} className="similar-link">
                <span className="muted small">{incident.reference}</span>{" "}
                <span className={`badge sev-${incident.severity}`}>{incident.severity}</span>{" "}
                <span className="similar-title">{revealInvisible(incident.title)}</span>
              </Link>
              <SimilarityReasons incident={incident} />
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

function SimilarityReasons({
  incident,
}: {
  incident: { sharedServices: string[]; sharedTags: string[]; sharedTerms: string[] };
}) {
  const reasons: string[] = [];
  if (incident.sharedServices.length > 0) {
    reasons.push(
      `${incident.sharedServices.length === 1 ? "service" : "services"} ${incident.sharedServices.join(", ")}`,
    );
  }
  if (incident.sharedTags.length > 0) {
    reasons.push(
      `${incident.sharedTags.length === 1 ? "tag" : "tags"} ${incident.sharedTags.map((tag) => `#${tag}`).join(", ")}`,
    );
  }
  if (incident.sharedTerms.length > 0) {
    reasons.push(`words “${incident.sharedTerms.join("”, “")}”`);
  }
  return <p className="muted small similar-why">Shares {reasons.join("; ")}</p>;
}

export function SimilarIncidentsLoading() {
  return (
    <aside className="card similar-panel" aria-labelledby="similar-title" aria-busy="true">
      <h2 id="similar-title">Similar incidents</h2>
      <p className="muted small" role="status">
        Looking for similar incidents…
      </p>
    </aside>
  );
}
