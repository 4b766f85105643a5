"use client";

// The Timeline tab: evidence panel, filter bar, the virtualised list and the event panel.
// It keeps the loaded windows of the filtered list and reloads them after any change; a
// newer filter aborts the requests of an older one, so an older answer never shows.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { hideTimelineEventsAction } from "@/app/incidents/[reference]/timeline/actions";
import { EventPanel } from "@/components/timeline/event-panel";
import { EvidencePanel } from "@/components/timeline/evidence-panel";
import { KeyMomentOptions } from "@/components/timeline/key-moment-options";
import { ManualEventForm } from "@/components/timeline/manual-event-form";
import {
  fetchTimelineFacets,
  fetchParticipantLanes,
  fetchTimelineWindow,
  findTimelinePosition,
} from "@/components/timeline/timeline-api";
import {
  TimelineList,
  WINDOW_SIZE,
  type SourceChip,
  type TimelineListHandle,
} from "@/components/timeline/timeline-list";
import { flashChanged } from "@/components/live/flash-changed";
import { useIncidentChanges } from "@/components/live/incident-live";
import type { Lane } from "@/lib/mental-models/notes/note-lanes";
import type { TimelineRow } from "@/lib/timeline/event-view";
import type { TimelineFacets, TimelineSourceFacet } from "@/lib/timeline/get-timeline-facets";
import { sourceColour, sourceLabel } from "@/lib/timeline/source-chip";
import type { TimelineFilter } from "@/lib/timeline/timeline-filter";
import { revealInvisible } from "@/lib/text/clean-text";
import { formatJumpTime, parseJumpTime, type DisplayZone } from "@/lib/time/display-zone";

// "2026-03-14 09:20" for an instant, in the zone times are shown in: what "Jump to"
// proposes and accepts.
function jumpText(iso: string | null, zone: string): string {
  return iso ? formatJumpTime(iso, zone) : "";
}

export function TimelineWorkspace({
  reference,
  canEdit,
  initial,
  initialFacets,
  openEvent = null,
  displayZone,
}: {
  /** The zone the person chose to see times in (lib/time/display-zone.ts). */
  displayZone: DisplayZone;
  reference: string;
  canEdit: boolean;
  initial: { total: number; rows: TimelineRow[] };
  initialFacets: TimelineFacets;
  /** An event to open at (`?event=`), with its position in the unfiltered list. */
  openEvent?: { id: string; position: number } | null;
}) {
  const [filter, setFilter] = useState<TimelineFilter>({});
  const [text, setText] = useState("");
  const [total, setTotal] = useState(initial.total);
  const [windows, setWindows] = useState(() => new Map([[0, initial.rows]]));
  const [generation, setGeneration] = useState(0);
  const [facetsGeneration, setFacetsGeneration] = useState(0);
  const [facets, setFacets] = useState<TimelineFacets>(initialFacets);
  // True from a new filter until its first answer: the count then says so, not the old one.
  const [isUpdating, setIsUpdating] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(openEvent?.id ?? null);
  const [notice, setNotice] = useState<string | null>(null);
  // Participant lanes: the notes load the first time the person turns the lanes on.
  const [showLanes, setShowLanes] = useState(false);
  const [lanes, setLanes] = useState<Lane[] | null>(null);
  // "Jump to" proposes when the incident started, or else its first event.
  const proposedJump = jumpText(facets.incidentStart ?? facets.first, displayZone.zone);
  const [jumpTo, setJumpTo] = useState(() =>
    jumpText(initialFacets.incidentStart ?? initialFacets.first, displayZone.zone),
  );
  // A new zone choice re-renders the page: what "Jump to" holds moves to the new zone.
  const [jumpZone, setJumpZone] = useState(displayZone.zone);
  if (jumpZone !== displayZone.zone) {
    const instant = parseJumpTime(jumpTo, jumpZone);
    setJumpZone(displayZone.zone);
    setJumpTo(instant ? formatJumpTime(instant.toISOString(), displayZone.zone) : jumpTo);
  }
  const loading = useRef(new Set<string>());
  const listHandle = useRef<TimelineListHandle | null>(null);
  const isFirstLoad = useRef(true);

  // Each filter or change starts a new view; answers for an older view are dropped.
  // Its requests share one AbortController, aborted when the next view starts.
  const view = useRef(0);
  const viewAbort = useRef(new AbortController());
  const loadWindow = useCallback(
    async (windowIndex: number, currentFilter: TimelineFilter) => {
      const key = `${view.current}:${windowIndex}`;
      if (loading.current.has(key)) return;
      loading.current.add(key);
      const requestedView = view.current;
      const { signal } = viewAbort.current;
      const answer = await fetchTimelineWindow(
        reference,
        currentFilter,
        { offset: windowIndex * WINDOW_SIZE, limit: WINDOW_SIZE },
        signal,
      );
      if (!answer.ok && answer.reason === "aborted") return;
      if (!answer.ok && answer.reason === "unreachable") {
        // A dropped connection: say so, and let the next scroll ask again.
        loading.current.delete(key);
      }
      if (requestedView !== view.current) return;
      setIsUpdating(false);
      if (!answer.ok) {
        // A filter the server cannot use (e.g. a search past its length) says why.
        setNotice(answer.message);
        return;
      }
      const body = answer.value;
      setTotal(body.total);
      setWindows((current) => new Map(current).set(windowIndex, body.rows));
    },
    [reference],
  );

  // A new filter or a change: start over from the first window.
  useEffect(() => {
    if (isFirstLoad.current) {
      isFirstLoad.current = false;
      return;
    }
    view.current += 1;
    viewAbort.current.abort();
    viewAbort.current = new AbortController();
    loading.current.clear();
    setIsUpdating(true);
    setWindows(new Map());
    void loadWindow(0, filter);
  }, [filter, generation, loadWindow]);

  // Filter choices load after the first paint, and again after every change.
  useEffect(() => {
    let isCurrent = true;
    void fetchTimelineFacets(reference).then((answer) => {
      if (answer.ok && isCurrent) setFacets(answer.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [reference, generation, facetsGeneration]);

  // Free text waits for a pause in typing.
  useEffect(() => {
    const timer = setTimeout(
      () =>
        setFilter((current) =>
          current.text === (text || undefined) ? current : { ...current, text: text || undefined },
        ),
      300,
    );
    return () => clearTimeout(timer);
  }, [text]);

  const requestWindow = useCallback(
    (index: number) => {
      const windowIndex = Math.floor(index / WINDOW_SIZE);
      if (!windows.has(windowIndex)) void loadWindow(windowIndex, filter);
    },
    [windows, loadWindow, filter],
  );
  const rowsAt = useCallback(
    (index: number) => windows.get(Math.floor(index / WINDOW_SIZE))?.[index % WINDOW_SIZE],
    [windows],
  );
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  // Opening at an event, on the first load or when a meeting's focus moves the page to
  // another one: select it and scroll the list to it.
  const openEventId = openEvent?.id ?? null;
  const openEventPosition = openEvent?.position ?? 0;
  const [openedId, setOpenedId] = useState(openEventId);
  if (openEventId !== openedId) {
    setOpenedId(openEventId);
    if (openEventId) setSelectedId(openEventId);
  }
  useEffect(() => {
    if (openEventId) listHandle.current?.scrollToIndex(openEventPosition);
  }, [openEventId, openEventPosition]);

  // Someone else changed the timeline: fetch the windows on screen again in place, without
  // emptying the list first, then mark what changed.
  const windowsRef = useRef(windows);
  const filterRef = useRef(filter);
  useEffect(() => {
    windowsRef.current = windows;
    filterRef.current = filter;
  });
  useIncidentChanges(["timeline"], (change) => {
    view.current += 1;
    viewAbort.current.abort();
    viewAbort.current = new AbortController();
    loading.current.clear();
    const shown = [...windowsRef.current.keys()];
    for (const windowIndex of shown.length > 0 ? shown : [0]) {
      void loadWindow(windowIndex, filterRef.current);
    }
    setFacetsGeneration((value) => value + 1);
    flashChanged(change.ids);
  });

  const sourcesById = useMemo(
    () =>
      new Map(
        facets.sources.map((source, position) => [
          source.id,
          { label: sourceLabel(source.name), name: source.name, colour: sourceColour(position) },
        ]),
      ),
    [facets.sources],
  );
  const sourceChip = useCallback(
    (sourceId: string): SourceChip | undefined => {
      return sourcesById.get(sourceId);
    },
    [sourcesById],
  );

  const jump = async () => {
    const wanted = jumpTo.trim() || proposedJump;
    const instant = parseJumpTime(wanted, displayZone.zone);
    if (!instant) {
      setNotice(`Enter a time like 2026-03-14 09:20 (${displayZone.label}).`);
      return;
    }
    const answer = await findTimelinePosition(reference, filter, instant);
    if (!answer.ok) {
      setNotice(answer.message);
      return;
    }
    const position = answer.value;
    listHandle.current?.scrollToIndex(Math.min(position, Math.max(0, total - 1)));
  };

  const toggleLanes = async (isOn: boolean) => {
    setShowLanes(isOn);
    if (!isOn || lanes) return;
    const answer = await fetchParticipantLanes(reference);
    if (!answer.ok) {
      setNotice(answer.message);
      setShowLanes(false);
      return;
    }
    setLanes(answer.value);
  };

  // A search result links to one event as ?event=<id>&at=<time>: open the list at its time.
  useEffect(() => {
    const at = new URLSearchParams(window.location.search).get("at");
    const instant = at ? new Date(at) : null;
    if (!instant || Number.isNaN(instant.getTime())) return;
    void findTimelinePosition(reference, {}, instant).then((answer) => {
      if (answer.ok) listHandle.current?.scrollToIndex(Math.max(0, answer.value));
    });
  }, [reference]);

  const update = (patch: Partial<TimelineFilter>) =>
    setFilter((current) => ({ ...current, ...patch }));
  const hasFilter = Boolean(
    filter.service || filter.sourceId || filter.level || filter.keyMoment || filter.text,
  );

  return (
    <div className="timeline-workspace">
      {canEdit && (
        <EvidencePanel
          reference={reference}
          isOpenAtFirst={initial.total === 0}
          onImported={() => window.location.reload()}
        />
      )}
      {notice && (
        <p className="banner ok" role="status">
          {notice}
        </p>
      )}
      <section className="card timeline-card" aria-label="Timeline">
        <div className="timeline-controls" data-testid="timeline-controls">
          <div className="timeline-filters">
            <label className="field">
              <span>Service</span>
              <select
                value={filter.service ?? ""}
                onChange={(event) => update({ service: event.target.value || undefined })}
              >
                <option value="">All</option>
                {facets.services.map((service) => (
                  <option key={service.name} value={service.name}>
                    {revealInvisible(service.name)} ({service.count})
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Source</span>
              <select
                value={filter.sourceId ?? ""}
                onChange={(event) => update({ sourceId: event.target.value || undefined })}
              >
                <option value="">All</option>
                {facets.sources.map((source) => (
                  <option key={source.id} value={source.id}>
                    {revealInvisible(source.name)} ({source.format})
                  </option>
                ))}
                <option value="manual">Added by hand</option>
              </select>
            </label>
            <label className="field">
              <span>Level</span>
              <select
                value={filter.level ?? ""}
                onChange={(event) => update({ level: event.target.value || undefined })}
              >
                <option value="">All</option>
                {facets.levels.map((level) => (
                  <option key={level.name} value={level.name}>
                    {level.name} ({level.count})
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Key moment</span>
              <select
                value={filter.keyMoment ?? ""}
                onChange={(event) =>
                  update({
                    keyMoment: (event.target.value || undefined) as TimelineFilter["keyMoment"],
                  })
                }
              >
                <option value="">All events</option>
                <option value="any">Any key moment</option>
                <KeyMomentOptions />
              </select>
            </label>
            <label className="field filter-search">
              <span>Search</span>
              <input
                type="search"
                value={text}
                onChange={(event) => setText(event.target.value)}
                placeholder="Text in the message"
              />
            </label>
            <div className="field filter-jump">
              <label htmlFor="timeline-jump-to">Jump to ({displayZone.label})</label>
              <span className="jump-row">
                <input
                  id="timeline-jump-to"
                  value={jumpTo}
                  placeholder={proposedJump || "YYYY-MM-DD HH:MM"}
                  title={
                    facets.incidentStart
                      ? "Proposed: when the incident started"
                      : "Proposed: the first event"
                  }
                  onChange={(event) => setJumpTo(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === "Enter") void jump();
                  }}
                />
                <button type="button" onClick={() => void jump()}>
                  Go
                </button>
              </span>
            </div>
          </div>
          <div className="timeline-toolbar">
            <span data-testid="timeline-count" aria-live="polite" aria-busy={isUpdating}>
              {isUpdating
                ? "Updating…"
                : `${total} event${total === 1 ? "" : "s"}${filter.isDeletedView ? " in the bin" : ""}`}
            </span>
            <label className="check">
              <input
                type="checkbox"
                checked={Boolean(filter.includeHidden)}
                onChange={(event) => update({ includeHidden: event.target.checked || undefined })}
              />
              Show hidden ({facets.hiddenCount})
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={Boolean(filter.isDeletedView)}
                onChange={(event) => update({ isDeletedView: event.target.checked || undefined })}
              />
              Deleted events
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={showLanes}
                onChange={(event) => void toggleLanes(event.target.checked)}
              />
              Participant lanes
            </label>
            {showLanes && !lanes && (
              <span className="muted small" role="status">
                Loading notes…
              </span>
            )}
            {showLanes && lanes && lanes.length === 0 && (
              <span className="muted small" data-testid="lanes-empty">
                No notes you can see yet. <a href={`/incidents/${reference}/models`}>Write one</a>
              </span>
            )}
            {canEdit && hasFilter && !filter.isDeletedView && (
              <button
                type="button"
                // Until the new filter's count arrives, the old number would name the wrong events.
                disabled={isUpdating}
                onClick={async () => {
                  const result = await hideTimelineEventsAction(reference, filter, true);
                  setNotice(
                    result.status === "done" ? `Hid ${result.count} events.` : result.message,
                  );
                  refresh();
                }}
              >
                {isUpdating ? "Hide all matching" : `Hide all ${total} matching`}
              </button>
            )}
            {canEdit && hasFilter && filter.includeHidden && (
              <button
                type="button"
                onClick={async () => {
                  const result = await hideTimelineEventsAction(reference, filter, false);
                  setNotice(
                    result.status === "done"
                      ? `Showed ${result.count} events again.`
                      : result.message,
                  );
                  refresh();
                }}
              >
                Unhide matching
              </button>
            )}
            <span className="spacer" />
            <a href={`/api/incidents/${reference}/timeline/export?format=csv`}>Export CSV</a>
            <a href={`/api/incidents/${reference}/timeline/export?format=md`}>Export Markdown</a>
          </div>
        </div>
        {facets.sources.length > 0 && (
          <SourceLegend
            sources={facets.sources}
            selectedId={filter.sourceId}
            onSelect={(sourceId) => update({ sourceId })}
          />
        )}
        <div className="timeline-body">
          <TimelineList
            total={total}
            rowsAt={rowsAt}
            requestWindow={requestWindow}
            selectedId={selectedId}
            onSelect={(row) => setSelectedId(row.id)}
            handleRef={listHandle}
            sourceChip={sourceChip}
            lanes={showLanes ? lanes : null}
            reference={reference}
            displayZone={displayZone}
          />
          {selectedId && (
            <EventPanel
              key={selectedId}
              reference={reference}
              eventId={selectedId}
              canEdit={canEdit}
              onChanged={refresh}
              onClose={() => setSelectedId(null)}
              displayZone={displayZone}
            />
          )}
        </div>
        {total === 0 && !hasFilter && !filter.isDeletedView && (
          <p className="muted">
            No events yet. Use “Add evidence” to paste logs, traces or chat, or add an event by hand
            below.
          </p>
        )}
      </section>
      {canEdit && <ManualEventForm reference={reference} onCreated={refresh} />}
    </div>
  );
}

// Each source once, in its colour: what reading it assumed shows on hover or focus, so rows
// need not repeat "zone assumed" on every line. A click filters the list to the source.
function SourceLegend({
  sources,
  selectedId,
  onSelect,
}: {
  sources: TimelineSourceFacet[];
  selectedId: string | undefined;
  onSelect: (sourceId: string | undefined) => void;
}) {
  return (
    <ul className="source-legend" aria-label="Sources" data-testid="source-legend">
      {sources.map((source, position) => {
        const colour = sourceColour(position);
        const detailsId = `source-details-${source.id}`;
        const isSelected = selectedId === source.id;
        const notes = [
          ...(source.zone ? [`Zone ${source.zone}, as you set it.`] : []),
          ...source.assumptions,
        ];
        return (
          <li
            key={source.id}
            className="source-legend-item"
            data-testid="source-legend-item"
            // A chip in the right half of the legend opens its details leftwards, so they
            // stay inside the card.
            onPointerEnter={alignDetails}
            onFocus={alignDetails}
          >
            <button
              type="button"
              className="source-chip"
              style={{ color: colour.fg, background: colour.bg }}
              aria-label={`${source.name}, ${source.count} events`}
              aria-pressed={isSelected}
              aria-describedby={detailsId}
              onClick={() => onSelect(isSelected ? undefined : source.id)}
            >
              {sourceLabel(source.name)}
              <span className="source-chip-count">{source.count}</span>
              {source.assumptions.length > 0 && (
                <span className="source-chip-mark" aria-hidden="true">
                  {" "}
                  · {source.assumptions.length} assumed
                </span>
              )}
            </button>
            <div role="tooltip" id={detailsId} className="source-details">
              <strong>{revealInvisible(source.name)}</strong> ({source.format}, {source.count}{" "}
              events)
              {notes.length > 0 ? (
                <ul>
                  {notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              ) : (
                <p>Nothing assumed: every stamp had its date, time and zone.</p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function alignDetails(event: { currentTarget: HTMLElement }) {
  const item = event.currentTarget;
  const legend = item.parentElement?.getBoundingClientRect();
  const box = item.getBoundingClientRect();
  if (!legend) return;
  const isRightHalf = box.left - legend.left > legend.width / 2;
  item.classList.toggle("opens-left", isRightHalf);
}
