import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FocusEveryoneButton } from "@/components/meeting/focus-everyone-button";
import { DiagramComments } from "@/components/comments/diagram-comments";
import { DiagramEditor } from "@/components/models/diagram-editor";
import { ModelsSubnav } from "@/components/models/models-subnav";
import { requirePageUser } from "@/lib/auth/current-user";
import { canWrite } from "@/lib/auth/roles";
import { nodeName } from "@/lib/models/diagram";
import { AppError } from "@/lib/errors";
import { getVisibleDiagram } from "@/lib/mental-models/diagrams/diagram-views";
import "../../models.css";

export const metadata: Metadata = { title: "Diagram" };

export default async function IncidentDiagramPage({
  params,
}: {
  params: Promise<{ reference: string; diagramId: string }>;
}) {
  const { reference, diagramId } = await params;
  const user = await requirePageUser(`/incidents/${reference}/models/diagrams/${diagramId}`);
  const diagram = await getVisibleDiagram(user, reference, diagramId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <div className="stack">
      <ModelsSubnav reference={reference} current="diagrams" />
      <p className="small">
        <Link href={`/incidents/${reference}/models/diagrams`}>← All diagrams</Link>
      </p>
      {(diagram.kind === "reference" || diagram.visibility === "incident") && (
        <div>
          <FocusEveryoneButton target={{ kind: "diagram", id: diagram.id }} />
        </div>
      )}
      <DiagramEditor
        key={`${diagram.id}:${diagram.version}`}
        reference={reference}
        initial={diagram}
      />
      <DiagramComments
        reference={reference}
        diagramId={diagram.id}
        nodes={diagram.content.nodes.map((node) => ({ id: node.id, name: nodeName(node) }))}
        canWrite={canWrite(user)}
      />
    </div>
  );
}
