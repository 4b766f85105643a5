import { FocusEveryoneButton } from "@/components/meeting/focus-everyone-button";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AliasEditor } from "@/components/models/alias-editor";
import { ComparisonOverlay } from "@/components/models/comparison-overlay";
import { ModelsSubnav } from "@/components/models/models-subnav";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import type { Comparison } from "@/lib/models/compare";
import {
  diagramLabel,
  getModelComparison,
  type ModelComparison,
} from "@/lib/mental-models/model-comparison";
import "../models.css";
import { LiveRefresh } from "@/components/live/live-refresh";

export const metadata: Metadata = { title: "Compare mental models" };

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter(Boolean);
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function CompareModelsPage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { reference } = await params;
  const query = await searchParams;
  const user = await requirePageUser(`/incidents/${reference}/models/compare`);
  const data = await getModelComparison(user, reference, {
    diagramIds: list(query.d),
    before: one(query.before),
    after: one(query.after),
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const { comparison } = data;
  const traced = new Set(data.tracedServices);
  const people = comparison.diagrams;

  return (
    <div className="stack">
      <ModelsSubnav reference={reference} current="compare" />
      <LiveRefresh topics={["diagrams"]} />
      <div>
        <FocusEveryoneButton target={{ kind: "compare", id: null }} />
      </div>
      {data.available.length === 0 ? (
        <section className="card empty stack">
          <h2>Nothing to compare yet</h2>
          <p className="muted">
            Once people draw the system as they understood it (and share their diagrams), this view
            shows where their models agree, where they differ, and what the traces show that nobody
            drew. <Link href={`/incidents/${reference}/models/diagrams`}>Draw a diagram</Link>.
          </p>
        </section>
      ) : (
        <>
          <DiagramChooser data={data} />
          <Divergences comparison={comparison} traced={traced} />
          <section className="card stack" aria-label="Components">
            <h2>Components</h2>
            <ComponentMatrix comparison={comparison} traced={traced} />
          </section>
          <section className="card stack" aria-label="Connections">
            <h2>Connections</h2>
            <EdgeMatrix comparison={comparison} />
          </section>
          <section className="card stack" aria-label="Overlay">
            <h2>All diagrams in one</h2>
            <ComparisonOverlay comparison={comparison} tracedServices={data.tracedServices} />
          </section>
          <BeforeAfter data={data} />
        </>
      )}
      <section className="card stack" aria-label="Aliases">
        <h2>Aliases</h2>
        <p className="muted small">
          When people call one component by different names (&ldquo;db1&rdquo;,
          &ldquo;blogdb&rdquo;, &ldquo;postgres primary&rdquo;), the incident&rsquo;s facilitators
          say so here. Whether two names are one component is a judgement for the team, never
          guessed.
        </p>
        <AliasEditor
          reference={reference}
          aliases={data.aliases}
          canEdit={data.canSetAliases}
          suggestions={[
            ...new Set(
              comparison.components.flatMap((component) => [
                component.name,
                ...Object.values(component.labels),
              ]),
            ),
          ].sort()}
        />
      </section>
      {people.length === 1 && (
        <p className="muted small">
          Only one diagram is compared: the matrix shows it against the traces.
        </p>
      )}
    </div>
  );
}

function DiagramChooser({ data }: { data: ModelComparison }) {
  const chosen = new Set(data.chosen.map((diagram) => diagram.id));
  return (
    <form className="card stack-tight" method="get" aria-label="Diagrams to compare">
      <h2>Compared</h2>
      <div className="row">
        {data.available.map((diagram) => (
          <label key={diagram.id} className="compare-choice">
            <input
              type="checkbox"
              name="d"
              value={diagram.id}
              defaultChecked={chosen.has(diagram.id)}
            />
            {diagramLabel(diagram)}
          </label>
        ))}
        <span className="muted small">
          {data.observed.edges.length > 0
            ? "and the observed model (from the traces)"
            : "No traces imported: nothing counts as observed."}
        </span>
      </div>
      <div>
        <button type="submit">Compare these</button>
      </div>
    </form>
  );
}

// Who shows one direction of a pair: the diagrams that drew it, and the traces.
function whoShows(comparison: Comparison, side: { drawnBy: string[]; observed: boolean }): string {
  return [names(comparison, side.drawnBy), side.observed ? "traces" : ""]
    .filter(Boolean)
    .join("; ");
}

function callCount(calls: number): string {
  return `${calls} call${calls === 1 ? "" : "s"}`;
}

function names(comparison: Comparison, ids: string[]): string {
  const labels = new Map(comparison.diagrams.map((diagram) => [diagram.id, diagram.label]));
  return ids.map((id) => labels.get(id) ?? id).join("; ");
}

function Divergences({ comparison, traced }: { comparison: Comparison; traced: Set<string> }) {
  const hiddenComponents = comparison.hiddenComponents.filter((component) =>
    traced.has(component.name),
  );
  return (
    <section className="stack" aria-label="Where the models diverge">
      <h2>Where the models diverge</h2>
      <div className="divergences">
        <div className="card" data-testid="hidden-dependencies">
          <h3>Hidden dependencies</h3>
          <p className="muted small">Calls the traces show that nobody drew.</p>
          {comparison.hiddenDependencies.length === 0 ? (
            <p className="small">None.</p>
          ) : (
            <ul>
              {comparison.hiddenDependencies.map((edge) => (
                <li key={`${edge.from}→${edge.to}`}>
                  <strong>
                    {edge.from} → {edge.to}
                  </strong>{" "}
                  <span className="muted small">
                    {callCount(edge.calls)}
                    {edge.errors ? `, ${edge.errors} failed` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {hiddenComponents.length > 0 && (
            <p className="small">
              Components nobody drew:{" "}
              {hiddenComponents.map((component) => component.name).join(", ")}
            </p>
          )}
        </div>
        <div className="card" data-testid="only-some">
          <h3>Drawn by only some</h3>
          {comparison.onlySome.length === 0 ? (
            <p className="small">
              {comparison.diagrams.length < 2 ? "Compare two diagrams or more." : "None."}
            </p>
          ) : (
            <ul>
              {comparison.onlySome.map((component) => (
                <li key={component.name}>
                  <strong>{component.name}</strong>{" "}
                  <span className="muted small">only {names(comparison, component.drawnBy)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="card" data-testid="unobserved-edges">
          <h3>Drawn, never seen in the traces</h3>
          {comparison.unobservedEdges.length === 0 ? (
            <p className="small">None.</p>
          ) : (
            <ul>
              {comparison.unobservedEdges.map((edge) => (
                <li key={`${edge.from}→${edge.to}`}>
                  <strong>
                    {edge.from} → {edge.to}
                  </strong>{" "}
                  <span className="muted small">{names(comparison, edge.drawnBy)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="card" data-testid="direction-disagreements">
          <h3>Direction disagreements</h3>
          {comparison.directionDisagreements.length === 0 ? (
            <p className="small">None.</p>
          ) : (
            <ul>
              {comparison.directionDisagreements.map((pair) => (
                <li key={`${pair.a}|${pair.b}`}>
                  <strong>
                    {pair.a} → {pair.b}
                  </strong>{" "}
                  <span className="muted small">{whoShows(comparison, pair.forward)}</span>
                  {" vs "}
                  <strong>
                    {pair.b} → {pair.a}
                  </strong>{" "}
                  <span className="muted small">{whoShows(comparison, pair.backward)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function ComponentMatrix({ comparison, traced }: { comparison: Comparison; traced: Set<string> }) {
  const rows = comparison.components.filter(
    (component) => component.drawnBy.length > 0 || traced.has(component.name),
  );
  return (
    <div className="matrix-scroll">
      <table className="compare-matrix" data-testid="component-matrix">
        <MatrixHead comparison={comparison} first="Component" />
        <tbody>
          {rows.map((component) => (
            <tr
              key={component.key}
              className={component.drawnBy.length === 0 ? "is-hidden" : undefined}
            >
              <th scope="row">{component.name}</th>
              {comparison.diagrams.map((diagram) => {
                const label = component.labels[diagram.id];
                return label !== undefined ? (
                  <td key={diagram.id} className="drew" title={`Drawn as “${label}”`}>
                    ✓
                    {label !== component.name ? (
                      <span className="small muted"> as {label}</span>
                    ) : null}
                  </td>
                ) : (
                  <td key={diagram.id} className="missing">
                    <span aria-label="not drawn">—</span>
                  </td>
                );
              })}
              <td className={component.observed ? "observed" : "missing"}>
                {component.observed
                  ? component.calls
                    ? callCount(component.calls)
                    : "named in logs"
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MatrixHead({ comparison, first }: { comparison: Comparison; first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {comparison.diagrams.map((diagram) => (
          <th key={diagram.id} scope="col">
            {diagram.label}
          </th>
        ))}
        <th scope="col">Observed</th>
      </tr>
    </thead>
  );
}

function EdgeMatrix({ comparison }: { comparison: Comparison }) {
  if (comparison.edges.length === 0) {
    return <p className="muted">No connections drawn or observed.</p>;
  }
  return (
    <div className="matrix-scroll">
      <table className="compare-matrix" data-testid="edge-matrix">
        <MatrixHead comparison={comparison} first="Connection" />
        <tbody>
          {comparison.edges.map((edge) => (
            <tr
              key={`${edge.fromKey}→${edge.toKey}`}
              className={edge.drawnBy.length === 0 ? "is-hidden" : undefined}
            >
              <th scope="row">
                {edge.from} → {edge.to}
              </th>
              {comparison.diagrams.map((diagram) =>
                edge.drawnBy.includes(diagram.id) ? (
                  <td key={diagram.id} className="drew">
                    ✓
                    {(edge.labels[diagram.id] ?? []).length > 0 && (
                      <span className="small muted">
                        {" "}
                        {(edge.labels[diagram.id] ?? []).join(", ")}
                      </span>
                    )}
                  </td>
                ) : (
                  <td key={diagram.id} className="missing">
                    <span aria-label="not drawn">—</span>
                  </td>
                ),
              )}
              <td className={edge.observed ? "observed" : "missing"}>
                {edge.observed
                  ? `${callCount(edge.calls ?? 0)}${edge.errors ? `, ${edge.errors} failed` : ""}`
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BeforeAfter({ data }: { data: ModelComparison }) {
  const byPerson = new Map<string, typeof data.available>();
  for (const diagram of data.available) {
    if (diagram.kind !== "personal") continue;
    byPerson.set(diagram.authorId, [...(byPerson.get(diagram.authorId) ?? []), diagram]);
  }
  const withTwo = [...byPerson.values()].filter((diagrams) => diagrams.length >= 2).flat();
  if (withTwo.length === 0) return null;
  const diff = data.diff;
  return (
    <section className="card stack" aria-label="Before and after">
      <h2>One person&rsquo;s before and after</h2>
      <form method="get" className="row">
        {data.chosen.map((diagram) => (
          <input key={diagram.id} type="hidden" name="d" value={diagram.id} />
        ))}
        <label className="field">
          <span>Before</span>
          <select name="before" defaultValue={diff?.before.id}>
            {withTwo.map((diagram) => (
              <option key={diagram.id} value={diagram.id}>
                {diagramLabel(diagram)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>After</span>
          <select name="after" defaultValue={diff?.after.id ?? withTwo[1]?.id}>
            {withTwo.map((diagram) => (
              <option key={diagram.id} value={diagram.id}>
                {diagramLabel(diagram)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show the changes</button>
      </form>
      {diff && (
        <div className="divergences" data-testid="diagram-diff">
          <DiffList
            title="Added"
            items={[
              ...diff.changes.addedComponents.map((component) => component.name),
              ...diff.changes.addedEdges.map((edge) => `${edge.from} → ${edge.to}`),
            ]}
          />
          <DiffList
            title="Removed"
            items={[
              ...diff.changes.removedComponents.map((component) => component.name),
              ...diff.changes.removedEdges.map((edge) => `${edge.from} → ${edge.to}`),
            ]}
          />
          <DiffList
            title="Redrawn"
            items={[
              ...diff.changes.changedComponentKinds.map(
                (component) => `${component.name}: ${component.before} → ${component.after}`,
              ),
              ...diff.changes.changedEdgeKinds.map(
                (edge) =>
                  `${edge.from} → ${edge.to}: ${edge.before.join(", ")} → ${edge.after.join(", ")}`,
              ),
            ]}
          />
        </div>
      )}
    </section>
  );
}

function DiffList({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="small muted">Nothing.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
