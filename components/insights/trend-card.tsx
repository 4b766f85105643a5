// A trend chart in its card: title, what it counts, the chart, the same figures as a table
// under "Show as table", and the CSV download (a route, so it is the same access-filtered
// query). Server component; the chart inside is the client part.
import type { ReactNode } from "react";
import type { Cell, TrendTable } from "@/lib/insights/trend-tables";

export function TrendCard(props: {
  table: TrendTable;
  description: string;
  downloadHref: string;
  formatCell?: (value: Cell, column: number) => string;
  isEmpty?: boolean;
  emptyText?: string;
  children: ReactNode;
}) {
  const { table } = props;
  const headingId = `trend-${table.chart}`;
  const format = props.formatCell ?? ((value: Cell) => (value === null ? "—" : String(value)));
  return (
    <section className="card stack trend-card" aria-labelledby={headingId} data-chart={table.chart}>
      <div className="row">
        <h2 id={headingId} style={{ margin: 0 }}>
          {table.title}
        </h2>
        <span className="spacer" />
        <a
          className="button small"
          href={props.downloadHref}
          download
          aria-label={`Download “${table.title}” as CSV`}
        >
          Download CSV
        </a>
      </div>
      <p className="muted small">{props.description}</p>
      {props.isEmpty ? <p className="muted trend-empty">{props.emptyText}</p> : props.children}
      <details className="trend-table">
        <summary>Show as table</summary>
        <div className="matrix-scroll">
          <table>
            <caption className="sr-only">{table.title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.length === 0 ? (
                <tr>
                  <td colSpan={table.columns.length} className="muted">
                    Nothing to show yet.
                  </td>
                </tr>
              ) : (
                table.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, column) =>
                      column === 0 ? (
                        <th key={column} scope="row">
                          {format(cell, column)}
                        </th>
                      ) : (
                        <td key={column} className="numeric">
                          {format(cell, column)}
                        </td>
                      ),
                    )}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
