// One result: the incident (reference, severity, status, title) and why it matched, each
// snippet labelled with its field; a timeline match links to that event in the timeline.
import Link from "next/link";
import { HighlightedSnippet } from "@/components/search/highlighted-snippet";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/incidents/schema";
import { SEARCH_FIELD_LABELS, type SearchHit } from "@/lib/search/search-types";

export function eventHref(reference: string, eventId: string, eventTime: string | null): string {
  const params = new URLSearchParams({ event: eventId });
  if (eventTime) params.set("at", eventTime);
  return `/incidents/${reference}/timeline?${params.toString()}`;
}

export function SearchHitRow({
  hit,
  isActive,
  onFocus,
}: {
  hit: SearchHit;
  isActive: boolean;
  onFocus: () => void;
}) {
  return (
    <li className="search-hit" data-testid="search-hit" data-active={isActive || undefined}>
      <div className="row">
        <span className="muted small">{hit.reference}</span>
        <span className={`badge sev-${hit.severity}`}>{hit.severity}</span>
        <span className={`badge status-${hit.status}`}>
          {STATUS_LABELS[hit.status as IncidentStatus] ?? hit.status}
        </span>
        {hit.visibility === "restricted" && <span className="badge">Restricted</span>}
        <span className="spacer" />
        <span className="muted small">{[...hit.services, ...hit.tags].join(" · ")}</span>
      </div>
      <Link
        href={`/incidents/${hit.reference}`}
        className="search-hit-title"
        data-search-result
        onFocus={onFocus}
      >
        {hit.title}
      </Link>
      {hit.matches.length > 0 && (
        <ul className="search-snippets">
          {hit.matches.map((match, index) => (
            <li key={index} data-testid="search-snippet">
              <span className="search-field">{SEARCH_FIELD_LABELS[match.field]}</span>{" "}
              {match.eventId ? (
                <Link href={eventHref(hit.reference, match.eventId, match.eventTime)}>
                  <HighlightedSnippet snippet={match.snippet} />
                </Link>
              ) : (
                <HighlightedSnippet snippet={match.snippet} />
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
