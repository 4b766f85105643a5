import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ModelsSubnav } from "@/components/models/models-subnav";
import { NewDiagramForm } from "@/components/models/new-diagram-form";
import { ObservedDiagram } from "@/components/models/observed-diagram";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { listVisibleDiagrams, type DiagramView } from "@/lib/mental-models/diagrams/diagram-views";
import { getObservedModel } from "@/lib/mental-models/observed-model";
import { MODEL_VISIBILITY_LABELS } from "@/lib/mental-models/visibility";
import "../models.css";
import { LiveRefresh } from "@/components/live/live-refresh";

export const metadata: Metadata = { title: "Diagrams" };

export default async function IncidentDiagramsPage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const { reference } = await params;
  const user = await requirePageUser(`/incidents/${reference}/models/diagrams`);
  const listed = await listVisibleDiagrams(user, reference).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const observed = await getObservedModel(listed.incidentId);
  const { diagrams } = listed;
  const loggedOnly = observed.services.filter((service) => service.calls === 0);
  const referenceDiagram = diagrams.find((diagram) => diagram.kind === "reference");
  const mine = diagrams.filter((diagram) => diagram.kind === "personal" && diagram.isMine);
  const shared = diagrams.filter((diagram) => diagram.kind === "personal" && !diagram.isMine);
  const byPerson = new Map<string, DiagramView[]>();
  for (const diagram of shared) {
    byPerson.set(diagram.authorName, [...(byPerson.get(diagram.authorName) ?? []), diagram]);
  }

  return (
    <div className="stack">
      <ModelsSubnav reference={reference} current="diagrams" />
      <LiveRefresh topics={["diagrams"]} />
      <p className="muted">
        Each person draws the system as they understood it at a moment of the incident. Diagrams are
        private until their author shares them; the observed model comes from the evidence.
      </p>
      <section className="stack" aria-label="Your diagrams">
        <h2>Your diagrams</h2>
        {mine.length === 0 ? (
          <p className="muted">You have not drawn a diagram of this incident yet.</p>
        ) : (
          <DiagramCards reference={reference} diagrams={mine} />
        )}
        {listed.canCreate && (
          <NewDiagramForm
            reference={reference}
            hasReference={Boolean(referenceDiagram)}
            copyable={diagrams.map((diagram) => ({
              id: diagram.id,
              label:
                diagram.kind === "reference"
                  ? `the reference diagram`
                  : `${diagram.isMine ? "my" : `${diagram.authorName}'s`} “${diagram.title}”`,
            }))}
          />
        )}
      </section>
      <section className="stack" aria-label="Shared with you">
        <h2>Shared with you</h2>
        {byPerson.size === 0 ? (
          <p className="muted">Nobody has shared a diagram with you yet.</p>
        ) : (
          [...byPerson].map(([person, theirs]) => (
            <div key={person} className="stack-tight">
              <h3>{person}</h3>
              <DiagramCards reference={reference} diagrams={theirs} />
            </div>
          ))
        )}
      </section>
      <section className="stack" aria-label="Reference diagram">
        <h2>Reference diagram</h2>
        {referenceDiagram ? (
          <DiagramCards reference={reference} diagrams={[referenceDiagram]} />
        ) : (
          <p className="muted">
            The team can keep one reference diagram of the incident, such as the architecture
            document&rsquo;s picture, to compare with what people drew.
          </p>
        )}
      </section>
      <section className="card stack" aria-label="Observed">
        <h2>Observed in the evidence</h2>
        {observed.services.length === 0 ? (
          <p className="muted">
            No services in the evidence yet. Import traces (Jaeger, Zipkin, OpenTelemetry) or logs
            that name services on the Timeline tab, and the observed model appears here.
          </p>
        ) : (
          <>
            <p className="muted small">
              Derived, not drawn: the calls between services in the incident&rsquo;s traces, with
              their counts, and the other names its log lines give as a service.
            </p>
            {observed.edges.length > 0 ? (
              <ObservedDiagram observed={observed} />
            ) : (
              <p className="muted">No traced calls between services.</p>
            )}
            {loggedOnly.length > 0 && (
              <p className="small">
                <span className="muted">Also named in the evidence, without traced calls: </span>
                {loggedOnly.map((service) => service.name).join(", ")}
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function DiagramCards({ reference, diagrams }: { reference: string; diagrams: DiagramView[] }) {
  return (
    <div className="diagram-cards">
      {diagrams.map((diagram) => (
        <Link
          key={diagram.id}
          className="diagram-card"
          href={`/incidents/${reference}/models/diagrams/${diagram.id}`}
          data-testid="diagram-card"
          data-live-id={diagram.id}
        >
          <strong>{diagram.title}</strong>
          {diagram.moment && <span className="muted small">{diagram.moment}</span>}
          <span className="row tight small">
            <span className="badge">{MODEL_VISIBILITY_LABELS[diagram.visibility]}</span>
            <span className="muted">
              {diagram.nodeCount} components, {diagram.edgeCount} connections
            </span>
          </span>
        </Link>
      ))}
    </div>
  );
}
