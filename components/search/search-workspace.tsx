"use client";
// The search page's interactive part: the box (searched as you type, debounced, the query
// kept in the URL), the results with keyboard navigation, the facets and the hints.
// The server renders the first answer; later ones come from GET /api/search.
import { useCallback, useEffect, useRef, useState } from "react";
import { fetchSearch } from "@/components/search/search-api";
import { SearchFacetList } from "@/components/search/search-facets";
import { SearchHelp } from "@/components/search/search-help";
import { SearchHitRow } from "@/components/search/search-hit";
import { toggleFilter } from "@/lib/search/edit-query";
import type { SearchAnswer } from "@/lib/search/search-incidents";
import type { FilterKey } from "@/lib/search/search-query";

const DEBOUNCE_MS = 200;

function isTypingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

export function SearchWorkspace({ initial }: { initial: SearchAnswer }) {
  const [query, setQuery] = useState(initial.query);
  const [answer, setAnswer] = useState<SearchAnswer>(initial);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const box = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);
  const inFlight = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const run = useCallback(async (text: string, offset = 0) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setIsLoading(true);
    const url = new URL(window.location.href);
    if (text) url.searchParams.set("q", text);
    else url.searchParams.delete("q");
    url.searchParams.delete("offset");
    if (offset > 0) url.searchParams.set("offset", String(offset));
    window.history.replaceState(null, "", url);
    const result = await fetchSearch(text, offset, controller.signal);
    if (controller.signal.aborted) return;
    setIsLoading(false);
    if (!result.ok) {
      if (result.reason !== "aborted") setError(result.message);
      return;
    }
    setError(null);
    setAnswer(result.value);
    setActive(-1);
  }, []);

  const change = (text: string) => {
    setQuery(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(text), DEBOUNCE_MS);
  };

  const toggle = (key: FilterKey, value: string) => {
    const next = toggleFilter(query, key, value);
    setQuery(next);
    if (timer.current) clearTimeout(timer.current);
    void run(next);
  };

  // "/" from anywhere on the page (but a field) puts the cursor in the box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTypingIn(event.target)) return;
      event.preventDefault();
      box.current?.focus();
      box.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(
    () => () => {
      inFlight.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  // Arrow keys move through the results (from the box too); Enter follows the link.
  const move = (event: React.KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [
      ...(results.current?.querySelectorAll<HTMLAnchorElement>("a[data-search-result]") ?? []),
    ];
    if (links.length === 0) return;
    event.preventDefault();
    const next =
      event.key === "ArrowDown" ? Math.min(links.length - 1, active + 1) : Math.max(-1, active - 1);
    if (next === -1) box.current?.focus();
    else links[next]?.focus();
    setActive(next);
  };

  const hasMore = answer.offset + answer.hits.length < answer.total;

  return (
    <div className="stack" onKeyDown={move}>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (timer.current) clearTimeout(timer.current);
          void run(query);
        }}
      >
        <label htmlFor="search-box" className="sr-only">
          Search incidents
        </label>
        <input
          id="search-box"
          ref={box}
          type="search"
          value={query}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          placeholder='Search everything: ledger timeout, "feature flag", service:ledger-db …'
          onChange={(event) => change(event.target.value)}
          aria-describedby="search-status"
        />
        <button type="submit">Search</button>
      </form>
      <SearchHelp />
      {answer.hints.length > 0 && (
        <div className="banner warn" role="status" data-testid="search-hints">
          {answer.hints.map((hint) => (
            <p key={hint}>{hint}</p>
          ))}
        </div>
      )}
      {error && (
        <div className="banner error" role="alert">
          {error}{" "}
          <button type="button" onClick={() => void run(query)}>
            Try again
          </button>
        </div>
      )}
      <div className="library">
        <aside className="facets" aria-label="Narrow the search">
          <SearchFacetList facets={answer.facets} query={query} onToggle={toggle} />
        </aside>
        <section aria-label="Results" aria-busy={isLoading}>
          <p
            className="muted small"
            id="search-status"
            aria-live="polite"
            data-testid="search-count"
          >
            {isLoading
              ? "Searching…"
              : `${answer.total} ${answer.total === 1 ? "incident" : "incidents"}${answer.query.trim() ? " match" : ""} · ${answer.milliseconds} ms`}
          </p>
          {answer.hits.length === 0 ? (
            <div className="card empty">
              <p>
                {answer.query.trim() ? "No incident matches this search." : "No incidents yet."}
              </p>
              <p className="muted small">
                Try fewer words, a prefix (replic*), or take a filter out.
              </p>
            </div>
          ) : (
            <ol ref={results} className="card search-results" data-loading={isLoading || undefined}>
              {answer.hits.map((hit, index) => (
                <SearchHitRow
                  key={hit.reference}
                  hit={hit}
                  isActive={index === active}
                  onFocus={() => setActive(index)}
                />
              ))}
            </ol>
          )}
          {(answer.offset > 0 || hasMore) && (
            <div className="row">
              {answer.offset > 0 && (
                <button
                  type="button"
                  onClick={() => void run(query, Math.max(0, answer.offset - answer.hits.length))}
                >
                  Previous
                </button>
              )}
              <span className="spacer" />
              {hasMore && (
                <button
                  type="button"
                  onClick={() => void run(query, answer.offset + answer.hits.length)}
                >
                  Next
                </button>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
