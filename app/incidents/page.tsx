import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { findIncidentsForUser } from "@/lib/incidents/find-incidents-for-user";
import {
  LIBRARY_SORTS,
  LIBRARY_SORT_LABELS,
  parseLibraryFilters,
  type LibraryFilters,
} from "@/lib/incidents/library-filters";
import { SEVERITIES, STATUSES, STATUS_LABELS } from "@/lib/incidents/schema";
import { getViewerZone } from "@/lib/time/viewer-zone";
import { formatDate } from "@/lib/time/zone";
import { revealInvisible } from "@/lib/text/clean-text";

export const metadata: Metadata = { title: "Incident library" };

type SearchParams = Record<string, string | string[] | undefined>;

function hrefWith(filters: LibraryFilters, change: Partial<LibraryFilters>): string {
  const next = { ...filters, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value && !(key === "sort" && value === "updated")) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/incidents?${query}` : "/incidents";
}

export default async function IncidentLibraryPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser("/incidents");
  const filters = parseLibraryFilters(await searchParams);
  const [library, zone] = await Promise.all([findIncidentsForUser(user, filters), getViewerZone()]);
  const isFiltered = Boolean(
    filters.status || filters.severity || filters.service || filters.tag || filters.q,
  );

  if (library.visibleTotal === 0) {
    return (
      <div className="card empty stack">
        <h1>Your incident library is empty</h1>
        <p className="muted">
          Start with an incident your team lived through: paste the evidence, gather what people
          knew at the time, and write a review that explains instead of blames.
        </p>
        {user.role !== "viewer" ? (
          <p className="row">
            <Link href="/incidents/new" className="button primary">
              Create the first incident
            </Link>
            <Link href="/incidents/import" className="button">
              Import review (JSON)
            </Link>
          </p>
        ) : (
          <p className="muted">Viewers can read incidents once members have written them.</p>
        )}
      </div>
    );
  }

  const facet = (
    title: string,
    key: "status" | "severity" | "service" | "tag",
    entries: { value: string; label: string; count: number }[],
  ) => (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {entries.map((entry) => {
          const isCurrent = filters[key] === entry.value;
          return (
            <li key={entry.value}>
              <Link
                href={hrefWith(filters, { [key]: isCurrent ? undefined : entry.value })}
                aria-current={isCurrent ? "true" : undefined}
              >
                <span>{entry.label}</span>
                <span className="muted">{entry.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );

  return (
    <div className="stack">
      <div className="row">
        <h1 style={{ margin: 0 }}>Incident library</h1>
        <span className="spacer" />
        {user.role !== "viewer" && (
          <>
            <Link href="/incidents/import" className="button">
              Import review (JSON)
            </Link>
            <Link href="/incidents/new" className="button primary">
              New incident
            </Link>
          </>
        )}
      </div>
      <form className="row" action="/incidents" role="search">
        {filters.status && <input type="hidden" name="status" value={filters.status} />}
        {filters.severity && <input type="hidden" name="severity" value={filters.severity} />}
        {filters.service && <input type="hidden" name="service" value={filters.service} />}
        {filters.tag && <input type="hidden" name="tag" value={filters.tag} />}
        <input
          name="q"
          defaultValue={filters.q}
          placeholder="Search titles, summaries, impact…"
          aria-label="Search incidents"
          style={{ flex: 1, minWidth: "14rem" }}
        />
        <label htmlFor="sort" className="small" style={{ margin: 0 }}>
          Sort
        </label>
        <select id="sort" name="sort" defaultValue={filters.sort} style={{ width: "auto" }}>
          {LIBRARY_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {LIBRARY_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
        <button type="submit">Apply</button>
      </form>
      <div className="library">
        <aside className="facets" aria-label="Filters">
          {facet(
            "Status",
            "status",
            STATUSES.map((status) => ({
              value: status,
              label: STATUS_LABELS[status],
              count: library.statusCounts[status] ?? 0,
            })),
          )}
          {facet(
            "Severity",
            "severity",
            SEVERITIES.map((severity) => ({
              value: severity,
              label: severity,
              count: library.severityCounts[severity] ?? 0,
            })),
          )}
          {library.services.length > 0 &&
            facet(
              "Service",
              "service",
              library.services.map((service) => ({
                value: service.name,
                label: service.name,
                count: service.count,
              })),
            )}
          {library.tags.length > 0 &&
            facet(
              "Tag",
              "tag",
              library.tags.map((tag) => ({ value: tag.name, label: tag.name, count: tag.count })),
            )}
        </aside>
        <section aria-label="Incidents">
          <p className="muted small" data-testid="incident-count">
            {library.total} {library.total === 1 ? "incident" : "incidents"}
            {isFiltered && (
              <>
                {" "}
                match · <Link href="/incidents">clear filters</Link>
              </>
            )}
          </p>
          {library.incidents.length === 0 ? (
            <div className="card empty">
              <p>No incident matches these filters.</p>
              <Link href="/incidents">Clear filters</Link>
            </div>
          ) : (
            <div className="card" style={{ padding: 0, overflow: "hidden" }}>
              {library.incidents.map((incident) => (
                <Link
                  key={incident.reference}
                  href={`/incidents/${incident.reference}`}
                  className="incident-row"
                  data-testid="incident-row"
                >
                  <div className="row">
                    <span className="muted small">{incident.reference}</span>
                    <span className={`badge sev-${incident.severity}`}>{incident.severity}</span>
                    <span className={`badge status-${incident.status}`}>
                      {STATUS_LABELS[incident.status]}
                    </span>
                    {incident.visibility === "restricted" && (
                      <span className="badge">Restricted</span>
                    )}
                    <span className="spacer" />
                    <span className="muted small">
                      {incident.startedAt
                        ? `Started ${formatDate(new Date(incident.startedAt), zone)}`
                        : "Start not set"}
                    </span>
                  </div>
                  <div className="title">{revealInvisible(incident.title)}</div>
                  <div className="row small">
                    {incident.services.map((service) => (
                      <span key={service} className="chip">
                        {service}
                      </span>
                    ))}
                    {incident.tags.map((tag) => (
                      <span key={tag} className="chip">
                        #{tag}
                      </span>
                    ))}
                    {incident.openActionItems > 0 && (
                      <span className="muted">{incident.openActionItems} open action items</span>
                    )}
                  </div>
                </Link>
              ))}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
