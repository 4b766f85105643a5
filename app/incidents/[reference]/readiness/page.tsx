import type { Metadata } from "next";
import Link from "next/link";
import { CATEGORY_LABELS } from "@/components/language/category-labels";
import { NarrativeView } from "@/components/rich-text/narrative-view";
import { requirePageUser } from "@/lib/auth/current-user";
import { getIncidentForPage } from "@/lib/incidents/get-incident-for-page";
import { CATEGORIES } from "@/lib/language";
import { listDismissals } from "@/lib/language-review/dismissals";
import { getLanguageSettings, toTeamSettings } from "@/lib/settings/language-settings";
import {
  buildReadinessReport,
  reviewTextsOf,
  type LocatedFinding,
} from "@/lib/language-review/readiness";
import { getIncidentDisplayZone } from "@/lib/incidents/get-incident-display-zone";

export const metadata: Metadata = { title: "Readiness" };

// Where in the Overview each text lives (the ids of its inputs).
function anchorOf(finding: LocatedFinding): string {
  if (finding.field === "narrative") return "narrative";
  if (finding.field === "summary" || finding.field === "impact") return finding.field;
  if (finding.field === "actionItems") return `actionItems-${finding.index}-title`;
  return `${finding.field}-${finding.index}`;
}

export default async function ReadinessPage({
  params,
}: {
  params: Promise<{ reference: string }>;
}) {
  const { reference } = await params;
  const user = await requirePageUser(`/incidents/${reference}/readiness`);
  const incident = await getIncidentForPage(
    user,
    reference,
    (await getIncidentDisplayZone(user, reference)).zone,
  );
  const [dismissals, languageSettings] = await Promise.all([
    listDismissals(user, incident.reference),
    getLanguageSettings(),
  ]);
  const { values } = incident;
  const report = buildReadinessReport(
    reviewTextsOf(values),
    new Set(dismissals.map((dismissal) => dismissal.fingerprint)),
    toTeamSettings(languageSettings),
  );
  const overview = `/incidents/${incident.reference}`;

  return (
    <div className="stack">
      <section
        className="card stack"
        aria-labelledby="readiness-title"
        data-testid="readiness-report"
      >
        <h2 id="readiness-title">Readiness report</h2>
        <p className="muted">
          What the language check still notes in this incident&rsquo;s saved texts. It explains and
          asks; it never blocks publishing.
        </p>
        <table aria-label="Language notes by category">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((category) => (
              <tr key={category} data-testid={`readiness-${category}`}>
                <td>{CATEGORY_LABELS[category]}</td>
                <td>{report.counts[category]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Total</th>
              <td data-testid="readiness-total">{report.total}</td>
            </tr>
          </tbody>
        </table>
        <p className="small muted" data-testid="readiness-dismissed">
          {dismissals.length} dismissed
        </p>
        {report.documentFindings.map((finding) => (
          <p key={finding.ruleId} className="banner warn">
            {finding.message} <em>{finding.question}</em>
          </p>
        ))}
        {report.findings.length > 0 && (
          <ul className="stack">
            {report.findings.map((finding) => (
              <li key={`${finding.field}-${finding.index}-${finding.start}-${finding.ruleId}`}>
                <Link href={`${overview}#${anchorOf(finding)}`}>{finding.location}</Link>: “
                {finding.excerpt}” — {finding.message} <em>{finding.question}</em>
              </li>
            ))}
          </ul>
        )}
      </section>
      {dismissals.length > 0 && (
        <section className="card stack" aria-labelledby="dismissed-title">
          <h2 id="dismissed-title">Dismissed notes</h2>
          <ul>
            {dismissals.map((dismissal) => (
              <li key={dismissal.fingerprint}>
                “{dismissal.excerpt}” ({dismissal.ruleId}) — {dismissal.dismissedBy}
                {dismissal.reason ? `: ${dismissal.reason}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card stack" aria-labelledby="preview-title">
        <h2 id="preview-title">Narrative as it will be published</h2>
        <NarrativeView stored={values.narrative} />
      </section>
    </div>
  );
}
