import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import {
  parseThemeKind,
  THEME_KIND_LABELS,
  THEME_KIND_SINGULAR,
} from "@/lib/insights/insight-filters";
import { listThemes } from "@/lib/insights/list-themes";
import { THEME_NOTE_KINDS } from "@/lib/insights/themes";
import { revealInvisible } from "@/lib/text/clean-text";

export const metadata: Metadata = { title: "Themes" };

type SearchParams = Record<string, string | string[] | undefined>;

// A theme shows its first few notes; the rest open on demand.
const NOTES_SHOWN = 6;

export default async function ThemesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser("/insights/themes");
  const kind = parseThemeKind(await searchParams);
  const view = await listThemes(user, kind);

  const kindLinks = (
    <nav className="row tight range-picker" aria-label="What to group">
      <Link
        href="/insights/themes"
        aria-current={kind === undefined ? "page" : undefined}
        className="chip"
      >
        All
      </Link>
      {THEME_NOTE_KINDS.map((option) => (
        <Link
          key={option}
          href={`/insights/themes?kind=${option}`}
          aria-current={option === kind ? "page" : undefined}
          className="chip"
        >
          {THEME_KIND_LABELS[option]}
        </Link>
      ))}
    </nav>
  );

  const renderNote = (note: (typeof view.themes)[number]["notes"][number], index: number) => (
    <li key={index}>
      <span className={`chip theme-kind-${note.kind}`}>{THEME_KIND_SINGULAR[note.kind]}</span> “
      {revealInvisible(note.text)}”{" "}
      <Link href={`/incidents/${note.incident.reference}`} className="small">
        {note.incident.reference}
      </Link>
    </li>
  );

  return (
    <div className="stack">
      <p className="muted small" style={{ margin: 0 }}>
        Contributing factors, surprises (key moments marked “Surprise”, and what surprised people in
        notes shared with the incident) and “where we got lucky”, grouped by the words they share
        across at least two incidents.
      </p>
      {kindLinks}
      {view.themes.length === 0 ? (
        <div className="card empty stack" data-testid="themes-empty">
          <h2>No themes yet</h2>
          <p className="muted">
            {view.noteCount === 0
              ? "Themes appear when incidents have contributing factors, surprises or notes on where you got lucky. Add them on an incident's overview and timeline."
              : `Read ${view.noteCount} ${view.noteCount === 1 ? "note" : "notes"} from ${view.incidentCount} ${view.incidentCount === 1 ? "incident" : "incidents"}: no words recur across two incidents yet. Themes appear as more reviews are written.`}
          </p>
        </div>
      ) : (
        <>
          <p className="muted small" data-testid="themes-count">
            {view.themes.length} {view.themes.length === 1 ? "theme" : "themes"} from{" "}
            {view.noteCount} notes in {view.incidentCount}{" "}
            {view.incidentCount === 1 ? "incident" : "incidents"}
          </p>
          {view.themes.map((theme) => (
            <article
              key={theme.key}
              className="card stack-tight theme"
              aria-labelledby={`theme-${theme.key}`}
              data-testid="theme"
            >
              <div className="row">
                <h2 id={`theme-${theme.key}`} style={{ margin: 0 }}>
                  {theme.label}
                </h2>
                <span className="muted small">
                  {theme.incidents.length} incidents · {theme.notes.length} notes
                </span>
              </div>
              <ul className="plain-list theme-notes">
                {theme.notes.slice(0, NOTES_SHOWN).map(renderNote)}
              </ul>
              {theme.notes.length > NOTES_SHOWN && (
                <details>
                  <summary>
                    {theme.notes.length - NOTES_SHOWN} more{" "}
                    {theme.notes.length - NOTES_SHOWN === 1 ? "note" : "notes"}
                  </summary>
                  <ul className="plain-list theme-notes">
                    {theme.notes.slice(NOTES_SHOWN).map(renderNote)}
                  </ul>
                </details>
              )}
              <p className="small row tight" style={{ margin: 0 }}>
                <span className="muted">Incidents:</span>
                {theme.incidents.map((incident) => (
                  <Link key={incident.reference} href={`/incidents/${incident.reference}`}>
                    {incident.reference} {revealInvisible(incident.title)}
                  </Link>
                ))}
              </p>
            </article>
          ))}
        </>
      )}
    </div>
  );
}
