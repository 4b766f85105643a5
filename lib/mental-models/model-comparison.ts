// The comparison the Compare view shows: the diagrams the signed-in person may see (never
// someone else's private one), the observed model and the incident's aliases, through the
// pure engine in lib/models.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import {
  compareModels,
  diffDiagrams,
  type Comparison,
  type DiagramDiff,
} from "@/lib/models/compare";
import {
  canSetAliases,
  listComponentAliases,
  type ComponentAliasView,
} from "@/lib/mental-models/component-aliases";
import { listVisibleDiagrams, type DiagramView } from "@/lib/mental-models/diagrams/diagram-views";
import { getObservedModel, type ObservedModel } from "@/lib/mental-models/observed-model";

export interface ModelComparison {
  /** Every diagram the person may see, for choosing. */
  available: DiagramView[];
  /** The ones compared (each person's first and the reference, by default). */
  chosen: DiagramView[];
  observed: ObservedModel;
  /** Services the traces show calls for (log-only names are not "hidden" from anyone). */
  tracedServices: string[];
  comparison: Comparison;
  aliases: ComponentAliasView[];
  canSetAliases: boolean;
  /** One person's two diagrams, when asked for. */
  diff: { before: DiagramView; after: DiagramView; changes: DiagramDiff } | null;
}

// By default each person's first diagram (the moment closest to the incident: "when I was
// paged" rather than "after the review") and the reference diagram; the view lets people
// add the others.
function defaultChoice(diagrams: DiagramView[]): DiagramView[] {
  const firstOf = new Map<string, DiagramView>();
  for (const diagram of [...diagrams].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (diagram.kind === "reference") continue;
    if (!firstOf.has(diagram.authorId)) firstOf.set(diagram.authorId, diagram);
  }
  const chosen = new Set([...firstOf.values()].map((diagram) => diagram.id));
  return diagrams.filter((diagram) => diagram.kind === "reference" || chosen.has(diagram.id));
}

export function diagramLabel(diagram: DiagramView): string {
  if (diagram.kind === "reference") return `Reference: ${diagram.title}`;
  return `${diagram.authorName}: ${diagram.title}`;
}

export async function getModelComparison(
  user: SessionUser,
  reference: string,
  options: { diagramIds?: string[]; before?: string; after?: string } = {},
): Promise<ModelComparison> {
  const listed = await listVisibleDiagrams(user, reference);
  const [observed, aliases, mayAlias] = await Promise.all([
    getObservedModel(listed.incidentId),
    listComponentAliases(listed.incidentId),
    canSetAliases(user, listed.incidentId),
  ]);
  const wanted = options.diagramIds?.length ? new Set(options.diagramIds) : null;
  const chosen = wanted
    ? listed.diagrams.filter((diagram) => wanted.has(diagram.id))
    : defaultChoice(listed.diagrams);
  const aliasPairs = aliases.map((alias) => [alias.name, alias.target] as const);
  const comparison = compareModels({
    diagrams: chosen.map((diagram) => ({
      id: diagram.id,
      label: diagramLabel(diagram),
      diagram: diagram.content,
    })),
    observed,
    aliases: aliasPairs,
  });
  const before = listed.diagrams.find((diagram) => diagram.id === options.before);
  const after = listed.diagrams.find((diagram) => diagram.id === options.after);
  return {
    available: listed.diagrams,
    chosen,
    observed,
    tracedServices: observed.services
      .filter((service) => service.calls > 0)
      .map((service) => service.name),
    comparison,
    aliases,
    canSetAliases: mayAlias,
    diff:
      before && after && before.id !== after.id
        ? { before, after, changes: diffDiagrams(before.content, after.content, aliasPairs) }
        : null,
  };
}
