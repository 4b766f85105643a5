// The search syntax, one line per form, under the box.
const EXAMPLES: [string, string][] = [
  ["ledger timeout", "incidents with both words, anywhere (title, factors, timeline, notes…)"],
  ['"connection pool"', "the exact phrase"],
  ["replic*", "words starting with replic"],
  ["-retry", "leave out incidents that mention retry"],
  ["service:ledger-db  tag:database", "incidents with that service and tag"],
  [
    "severity:SEV1  status:published",
    "severity (SEV1–SEV4) and status (draft, in_review, published)",
  ],
  ['participant:"Ana Lima"', "a participant, by name or email"],
  ["after:2026-03-01  before:2026-04", "started after / before a day or month"],
  ["month:2026-03  moment:detection", "started that month; has that key moment"],
];

export function SearchHelp() {
  return (
    <details className="search-help">
      <summary>Search syntax</summary>
      <dl>
        {EXAMPLES.map(([example, meaning]) => (
          <div key={example} className="search-help-row">
            <dt>
              <code>{example}</code>
            </dt>
            <dd className="muted">{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        Press <kbd>/</kbd> to jump to the search box, <kbd>↓</kbd> and <kbd>↑</kbd> to move through
        the results, <kbd>Enter</kbd> to open one.
      </p>
    </details>
  );
}
