import type { Metadata } from "next";

export const metadata: Metadata = { title: "Review" };

// The layout has already checked that the viewer may see this incident.
export default function IncidentReviewPage() {
  return (
    <section className="card empty stack" aria-label="Review">
      <h2>Review: coming next</h2>
      <p className="muted">
        A meeting mode the facilitator drives: the current moment shown to everyone, an agenda with
        time boxes, a parking lot and questions.
      </p>
    </section>
  );
}
