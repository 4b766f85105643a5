import type { Metadata } from "next";
import Link from "next/link";
import { ImportReviewForm } from "@/components/incidents/import-review-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { canWrite } from "@/lib/auth/roles";
import { TRANSFER_MAX_BYTES, TRANSFER_MAX_LABEL } from "@/lib/input-limits";

export const metadata: Metadata = { title: "Import a review" };

export default async function ImportReviewPage() {
  const user = await requirePageUser("/incidents/import");
  return (
    <div className="stack">
      <p className="small">
        <Link href="/incidents">← Incident library</Link>
      </p>
      <h1>Import a review (JSON)</h1>
      <p className="muted">
        A complete export of an incident becomes a new incident here, with a new reference: its
        fields, narrative, evidence, timeline with edits and key moments, the notes it holds and its
        history. People are matched by email; anyone without an account here is kept by name.
      </p>
      {canWrite(user) ? (
        <ImportReviewForm maxBytes={TRANSFER_MAX_BYTES} maxLabel={TRANSFER_MAX_LABEL} />
      ) : (
        <p className="card muted">Viewers can read incidents but not import them.</p>
      )}
    </div>
  );
}
