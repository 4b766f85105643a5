import type { Metadata } from "next";
import Link from "next/link";
import { TrackerLink } from "@/components/incidents/tracker-link";
import {
  actionItemFiltersQuery,
  hasActionItemFilters,
  parseActionItemFilters,
  STATUS_FILTER_LABELS,
  type ActionItemFilters,
  type ActionItemStatusFilter,
} from "@/lib/action-items/action-item-filters";
import { listActionItemChoices } from "@/lib/action-items/list-action-item-choices";
import { ACTION_ITEMS_MAX_ROWS, listActionItems } from "@/lib/action-items/list-action-items";
import { requirePageUser } from "@/lib/auth/current-user";
import { ACTION_ITEM_STATUS_LABELS } from "@/lib/incidents/schema";
import { revealInvisible } from "@/lib/text/clean-text";
import { getViewerZone } from "@/lib/time/viewer-zone";
import { todayInZone } from "@/lib/time/zone";

export const metadata: Metadata = { title: "Action items" };

type SearchParams = Record<string, string | string[] | undefined>;

const hrefFor = (filters: ActionItemFilters) => `/action-items${actionItemFiltersQuery(filters)}`;

function formatDue(date: string): string {
  if (!date) return "—";
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export default async function ActionItemsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser("/action-items");
  const filters = parseActionItemFilters(await searchParams);
  const today = todayInZone(await getViewerZone());
  const [list, choices] = await Promise.all([
    listActionItems(user, filters, today),
    listActionItemChoices(user),
  ]);
  const isFiltered = hasActionItemFilters(filters);
  const isMine = filters.owner === "mine";
  const exportHref = `/api/action-items/export${actionItemFiltersQuery(filters)}`;
  const overdueCount = list.rows.filter((row) => row.isOverdue).length;

  return (
    <div className="stack">
      <div className="row">
        <h1 style={{ margin: 0 }}>Action items</h1>
        <span className="spacer" />
        <a href={exportHref} className="button" download>
          Export CSV
        </a>
      </div>
      <p className="muted">
        What the reviews committed to, across every incident you can see. Overdue items are past
        their due date and not done.
      </p>
      <nav className="row" aria-label="Shortcuts">
        <Link
          href={hrefFor({ ...filters, owner: isMine ? undefined : "mine" })}
          className={isMine ? "button primary" : "button"}
          aria-pressed={isMine}
        >
          Mine
        </Link>
        <Link
          href={hrefFor({ ...filters, isOverdue: !filters.isOverdue })}
          className={filters.isOverdue ? "button primary" : "button"}
          aria-pressed={filters.isOverdue}
        >
          Overdue
        </Link>
        {isFiltered && <Link href="/action-items">Clear filters</Link>}
      </nav>
      <form
        className="card action-item-filters"
        action="/action-items"
        role="search"
        aria-label="Filter action items"
      >
        <div className="field">
          <label htmlFor="filter-owner">Owner</label>
          <select id="filter-owner" name="owner" defaultValue={filters.owner ?? ""}>
            <option value="">Anyone</option>
            <option value="mine">Me</option>
            <option value="none">No owner yet</option>
            {choices.owners
              .filter((owner) => owner.id !== user.id)
              .map((owner) => (
                <option key={owner.id} value={owner.id}>
                  {revealInvisible(owner.name)}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any status</option>
            {(Object.keys(STATUS_FILTER_LABELS) as ActionItemStatusFilter[]).map((status) => (
              <option key={status} value={status}>
                {STATUS_FILTER_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-due">Due</label>
          <select id="filter-due" name="due" defaultValue={filters.isOverdue ? "overdue" : ""}>
            <option value="">Any time</option>
            <option value="overdue">Overdue</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-due-after">Due from</label>
          <input
            id="filter-due-after"
            type="date"
            name="dueAfter"
            defaultValue={filters.dueAfter ?? ""}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-due-before">Due until</label>
          <input
            id="filter-due-before"
            type="date"
            name="dueBefore"
            defaultValue={filters.dueBefore ?? ""}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-incident">Incident</label>
          <select id="filter-incident" name="incident" defaultValue={filters.incident ?? ""}>
            <option value="">Any incident</option>
            {choices.incidents.map((incident) => (
              <option key={incident.reference} value={incident.reference}>
                {incident.reference} · {revealInvisible(incident.title)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-service">Service</label>
          <select id="filter-service" name="service" defaultValue={filters.service ?? ""}>
            <option value="">Any service</option>
            {choices.services.map((service) => (
              <option key={service} value={service}>
                {revealInvisible(service)}
              </option>
            ))}
          </select>
        </div>
        <div className="field action-item-filters-submit">
          <button type="submit" className="primary">
            Apply filters
          </button>
        </div>
      </form>

      <p className="muted small" role="status" data-testid="action-item-count">
        {list.rows.length === 1 ? "1 action item" : `${list.rows.length} action items`}
        {overdueCount > 0 && `, ${overdueCount} overdue`}
        {list.isTruncated && ` (the first ${ACTION_ITEMS_MAX_ROWS}; narrow the filters or export)`}
      </p>

      {list.rows.length === 0 ? (
        <div className="card empty stack" data-testid="action-items-empty">
          <h2>{isFiltered ? "No action items match these filters" : "No action items yet"}</h2>
          <p className="muted">
            {isFiltered ? (
              <>
                Try fewer filters, or <Link href="/action-items">see them all</Link>.
              </>
            ) : (
              "Action items are added on an incident's overview, usually in a follow-up meeting a couple of days after the review."
            )}
          </p>
        </div>
      ) : (
        <div className="card" style={{ padding: 0, overflowX: "auto" }}>
          <table className="action-items-table">
            <thead>
              <tr>
                <th scope="col">Action item</th>
                <th scope="col">Incident</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Tracker</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr
                  key={row.id}
                  data-testid="action-item-row"
                  data-overdue={row.isOverdue ? "true" : undefined}
                  className={row.isOverdue ? "is-overdue" : undefined}
                >
                  <td>{revealInvisible(row.title)}</td>
                  <td>
                    <Link href={`/incidents/${row.incident.reference}`}>
                      {row.incident.reference}
                    </Link>{" "}
                    <span className="muted small">{revealInvisible(row.incident.title)}</span>
                    {row.incident.services.length > 0 && (
                      <div className="row tight" style={{ marginTop: "0.2rem" }}>
                        {row.incident.services.map((service) => (
                          <span key={service} className="chip">
                            {revealInvisible(service)}
                          </span>
                        ))}
                      </div>
                    )}
                  </td>
                  <td>
                    {row.owner ? (
                      revealInvisible(row.owner.name)
                    ) : (
                      <span className="muted">No owner yet</span>
                    )}
                  </td>
                  <td style={{ whiteSpace: "nowrap" }}>
                    {formatDue(row.dueDate)}
                    {row.isOverdue && (
                      <>
                        {" "}
                        <span className="badge overdue-badge">Overdue</span>
                      </>
                    )}
                  </td>
                  <td>
                    <span className={`badge action-status-${row.status}`}>
                      {ACTION_ITEM_STATUS_LABELS[row.status] ?? row.status}
                    </span>
                  </td>
                  <td className="tracker-cell">
                    <TrackerLink url={row.trackerText || null} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
