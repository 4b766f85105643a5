// Similar incidents for an incident's page: candidates are the incidents the viewer may
// see (visibleIncidentWhere in both queries), those sharing a service or tag first, then
// the most recently updated; the pure engine ranks them. Bounded, so a large library
// costs the same as a small one.
import "server-only";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import { findVisibleIncidentId, visibleIncidentWhere } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { rankSimilar, type SimilarityInput } from "@/lib/insights/similarity";
import type { IncidentStatus, Severity } from "@/lib/incidents/schema";
import { narrativeToText, parseNarrative } from "@/lib/rich-text/narrative";

export interface SimilarIncident {
  reference: string;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  startedAt: string | null;
  score: number;
  sharedServices: string[];
  sharedTags: string[];
  sharedTerms: string[];
}

const CANDIDATES_PER_QUERY = 200;
// A narrative can be long; its first part says what it is about.
const NARRATIVE_CHARACTERS = 20_000;

const fields = {
  id: true,
  number: true,
  title: true,
  severity: true,
  status: true,
  startedAt: true,
  narrative: true,
  services: { select: { name: true } },
  tags: { select: { name: true } },
  contributingFactors: { select: { text: true }, orderBy: { position: "asc" } },
} as const;

type Row = {
  id: string;
  narrative: string;
  services: { name: string }[];
  tags: { name: string }[];
  contributingFactors: { text: string }[];
};

function toInput(row: Row): SimilarityInput {
  const narrative = narrativeToText(parseNarrative(row.narrative)).slice(0, NARRATIVE_CHARACTERS);
  return {
    id: row.id,
    services: row.services.map((service) => service.name),
    tags: row.tags.map((tag) => tag.name),
    text: [...row.contributingFactors.map((factor) => factor.text), narrative].join("\n"),
  };
}

export async function findSimilarIncidents(
  user: SessionUser,
  reference: string,
  limit = 5,
): Promise<SimilarIncident[]> {
  const id = await findVisibleIncidentId(user, reference);
  const target = await db.incident.findUniqueOrThrow({ where: { id }, select: fields });
  const others = { AND: [visibleIncidentWhere(user), { id: { not: id } }] };
  const services = target.services.map((service) => service.name);
  const tags = target.tags.map((tag) => tag.name);

  const [sharing, recent] = await Promise.all([
    services.length + tags.length > 0
      ? db.incident.findMany({
          where: {
            AND: [
              others,
              {
                OR: [
                  { services: { some: { name: { in: services } } } },
                  { tags: { some: { name: { in: tags } } } },
                ],
              },
            ],
          },
          orderBy: { updatedAt: "desc" },
          take: CANDIDATES_PER_QUERY,
          select: fields,
        })
      : [],
    db.incident.findMany({
      where: others,
      orderBy: { updatedAt: "desc" },
      take: CANDIDATES_PER_QUERY,
      select: fields,
    }),
  ]);
  const candidates = new Map([...sharing, ...recent].map((row) => [row.id, row]));
  const matches = rankSimilar(toInput(target), [...candidates.values()].map(toInput), { limit });
  return matches.flatMap((match) => {
    const row = candidates.get(match.id);
    if (!row) return [];
    return [
      {
        reference: formatIncidentReference(row.number),
        title: row.title,
        severity: row.severity as Severity,
        status: row.status as IncidentStatus,
        startedAt: row.startedAt?.toISOString() ?? null,
        score: match.score,
        sharedServices: match.sharedServices,
        sharedTags: match.sharedTags,
        sharedTerms: match.sharedTerms,
      },
    ];
  });
}
