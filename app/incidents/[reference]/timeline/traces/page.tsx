import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceGraph } from "@/components/timeline/service-graph";
import { TimelineSubnav } from "@/components/timeline/timeline-subnav";
import { TraceWaterfall } from "@/components/timeline/trace-waterfall";
import { TriangulationMatrix } from "@/components/timeline/triangulation-matrix";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getTraceAnalysis } from "@/lib/traces/get-trace-analysis";
import "../timeline.css";

export const metadata: Metadata = { title: "Traces" };

export default async function IncidentTracesPage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ trace?: string }>;
}) {
  const { reference } = await params;
  const { trace } = await searchParams;
  const user = await requirePageUser(`/incidents/${reference}/timeline/traces`);
  const analysis = await getTraceAnalysis(user, reference).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const skewed = analysis.skew.filter((estimate) => Math.abs(estimate.ms) >= 1);
  return (
    <div className="stack">
      <TimelineSubnav reference={reference} current="traces" />
      {analysis.traces.length === 0 && analysis.triangulation.requests.length === 0 ? (
        <section className="card empty">
          <p className="muted">
            No traces yet. Import a Jaeger, Zipkin or OpenTelemetry export, or logs with trace ids.
          </p>
        </section>
      ) : (
        <>
          {skewed.length > 0 && (
            <section className="banner warn" data-testid="skew-warning">
              <strong>Clock skew:</strong>{" "}
              {skewed.map((estimate) => (
                <span
                  key={`${estimate.service}|${estimate.host ?? ""}|${estimate.ms}`}
                  data-testid="skewed-service"
                >
                  {estimate.service}
                  {estimate.host ? ` (${estimate.host})` : ""} runs ≈
                  {Math.abs(estimate.ms).toFixed(0)} ms {estimate.ms > 0 ? "ahead" : "behind"} (
                  {estimate.method}, {estimate.spans} span pairs).{" "}
                </span>
              ))}
            </section>
          )}
          <section className="card stack" aria-label="Waterfall">
            <h2>Waterfall</h2>
            <TraceWaterfall traces={analysis.traces} skew={skewed} initialTraceId={trace ?? null} />
          </section>
          <section className="card stack" aria-label="Service graph">
            <h2>Service graph observed in the traces</h2>
            <ServiceGraph
              edges={analysis.edges}
              skewedServices={skewed.map((estimate) => estimate.service)}
            />
          </section>
          <section className="card stack" aria-label="Triangulation">
            <h2>Triangulation</h2>
            <p className="muted small">
              Each row is a request (a trace, with the log lines that carry its id). Services are
              ordered by how strongly failing requests implicate them (Ochiai score).
            </p>
            <TriangulationMatrix triangulation={analysis.triangulation} />
          </section>
        </>
      )}
    </div>
  );
}
