import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { getIncidentForPage } from "@/lib/incidents/get-incident-for-page";
import { getViewerZone } from "@/lib/time/viewer-zone";

export const metadata: Metadata = { title: "Mental models" };

// Checks access itself, like every page: on client-side navigation the page's content
// can be fetched without the layout running again.
export default async function IncidentModelsPage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const { reference } = await params;
  const user = await requirePageUser(`/incidents/${reference}/models`);
  await getIncidentForPage(user, reference, await getViewerZone());
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
