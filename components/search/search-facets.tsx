// Facets that follow the query: each value is a button that adds its filter to the query
// (or takes it out again), so the query box stays the one place the search is written.
import { hasFilter } from "@/lib/search/edit-query";
import type { FilterKey } from "@/lib/search/search-query";
import type { FacetKey, SearchFacets } from "@/lib/search/search-types";
import { KEY_MOMENT_LABELS, type KeyMomentKind } from "@/lib/evidence/evidence-input";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/incidents/schema";

const TITLES: Record<FacetKey, string> = {
  severity: "Severity",
  status: "Status",
  service: "Service",
  tag: "Tag",
  participant: "Participant",
  month: "Month started",
  moment: "Key moment",
};

const FILTER_OF: Record<FacetKey, FilterKey> = {
  severity: "severity",
  status: "status",
  service: "service",
  tag: "tag",
  participant: "participant",
  month: "month",
  moment: "moment",
};

function labelOf(key: FacetKey, value: string, label: string): string {
  if (key === "status") return STATUS_LABELS[value as IncidentStatus] ?? label;
  if (key === "moment") return KEY_MOMENT_LABELS[value as KeyMomentKind] ?? label;
  return label;
}

export function SearchFacetList({
  facets,
  query,
  onToggle,
}: {
  facets: SearchFacets;
  query: string;
  onToggle: (key: FilterKey, value: string) => void;
}) {
  const keys = (Object.keys(TITLES) as FacetKey[]).filter((key) => facets[key].length > 0);
  if (keys.length === 0) return <p className="muted small">Nothing to narrow down.</p>;
  return (
    <>
      {keys.map((key) => (
        <section key={key} aria-label={TITLES[key]} data-testid={`facet-${key}`}>
          <h3>{TITLES[key]}</h3>
          <ul>
            {facets[key].map((entry) => {
              const isOn = hasFilter(query, FILTER_OF[key], entry.value);
              return (
                <li key={entry.value}>
                  <button
                    type="button"
                    className="facet-value"
                    aria-pressed={isOn}
                    title={key === "participant" ? entry.value : undefined}
                    onClick={() => onToggle(FILTER_OF[key], entry.value)}
                  >
                    <span>{labelOf(key, entry.value, entry.label)}</span>
                    <span className="muted" data-testid="facet-count">
                      {entry.count}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
