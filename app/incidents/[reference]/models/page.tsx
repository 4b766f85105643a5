import type { Metadata } from "next";

export const metadata: Metadata = { title: "Mental models" };

// The layout has already checked that the viewer may see this incident.
export default function IncidentModelsPage() {
  return (
    <section className="card empty stack" aria-label="Mental models">
      <h2>Mental models: coming next</h2>
      <p className="muted">
        Each participant&rsquo;s notes anchored to moments in the timeline, and the architecture as
        they understood it, compared with each other and with the services seen in traces.
      </p>
    </section>
  );
}
