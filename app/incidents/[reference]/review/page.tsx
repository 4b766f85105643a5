import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { getIncidentForPage } from "@/lib/incidents/get-incident-for-page";
import { getViewerZone } from "@/lib/time/viewer-zone";

export const metadata: Metadata = { title: "Review" };

// Checks access itself, like every page: on client-side navigation the page's content
// can be fetched without the layout running again.
export default async function IncidentReviewPage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const { reference } = await params;
  const user = await requirePageUser(`/incidents/${reference}/review`);
  await getIncidentForPage(user, reference, await getViewerZone());
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
