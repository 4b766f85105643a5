"use client";

// The side panel: every language finding in the incident's texts, grouped by category.
// Each entry is a button that takes the person to the words in question.
import { CATEGORY_LABELS } from "@/components/language/category-labels";
import { CATEGORIES } from "@/lib/language";
import type { ReadinessReport, LocatedFinding } from "@/lib/language-review/readiness";

export function FindingsPanel(props: {
  report: ReadinessReport;
  onReveal: (finding: LocatedFinding) => void;
  readinessHref?: string;
}) {
  const { report } = props;
  return (
    <aside
      className="findings-panel card"
      aria-labelledby="findings-title"
      data-testid="findings-panel"
    >
      <h2 id="findings-title">Language notes</h2>
      <p className="muted small">
        Wording that tends to close down learning, with a question to ask instead. Notes never block
        saving or publishing.
      </p>
      {report.total === 0 ? (
        <p className="small">
          No notes{report.dismissedCount > 0 ? ` (${report.dismissedCount} dismissed)` : ""}.
        </p>
      ) : (
        CATEGORIES.filter((category) => report.counts[category] > 0).map((category) => (
          <section key={category} aria-label={CATEGORY_LABELS[category]}>
            <h3>
              {CATEGORY_LABELS[category]} <span className="muted">{report.counts[category]}</span>
            </h3>
            <ul>
              {report.findings
                .filter((finding) => finding.category === category)
                .map((finding) => (
                  <li key={`${finding.field}-${finding.index}-${finding.start}-${finding.ruleId}`}>
                    <button
                      type="button"
                      className="finding-link"
                      onClick={() => props.onReveal(finding)}
                    >
                      “{finding.excerpt}” <span className="muted small">in {finding.location}</span>
                    </button>
                  </li>
                ))}
              {report.documentFindings
                .filter((finding) => finding.category === category)
                .map((finding) => (
                  <li key={finding.ruleId} className="small">
                    {finding.message} <em>{finding.question}</em>
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
      {report.dismissedCount > 0 && report.total > 0 && (
        <p className="muted small">{report.dismissedCount} dismissed.</p>
      )}
      {props.readinessHref && (
        <p className="small">
          <a href={props.readinessHref}>Readiness report</a>
        </p>
      )}
    </aside>
  );
}
