// Shown when someone sets the status to Published: what language notes remain. It informs;
// it never blocks the save.
import { CATEGORY_LABELS } from "@/components/language/category-labels";
import { CATEGORIES } from "@/lib/language";
import type { ReadinessReport } from "@/lib/language-review/readiness";

export function PublishReadiness({ report, href }: { report: ReadinessReport; href?: string }) {
  return (
    <section
      className={`banner ${report.total > 0 ? "warn" : "ok"}`}
      aria-label="Readiness before publishing"
      data-testid="publish-readiness"
      style={{ marginTop: "1rem" }}
    >
      <strong>Before publishing:</strong>{" "}
      {report.total === 0
        ? "no language notes remain."
        : `${report.total} language ${report.total === 1 ? "note remains" : "notes remain"} — ${CATEGORIES.filter(
            (category) => report.counts[category] > 0,
          )
            .map((category) => `${CATEGORY_LABELS[category]}: ${report.counts[category]}`)
            .join(", ")}. You can still publish.`}{" "}
      {href && <a href={href}>Open the readiness report</a>}
    </section>
  );
}
