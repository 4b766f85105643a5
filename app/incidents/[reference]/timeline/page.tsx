import type { Metadata } from "next";

export const metadata: Metadata = { title: "Timeline" };

// The layout has already checked that the viewer may see this incident.
export default function IncidentTimelinePage() {
  return (
    <section className="card empty stack" aria-label="Timeline">
      <h2>Timeline: coming next</h2>
      <p className="muted">
        Paste log lines, trace exports and chat transcripts; Debrief will detect their format, put
        every entry on one UTC timeline and keep the raw excerpt as evidence.
      </p>
    </section>
  );
}
