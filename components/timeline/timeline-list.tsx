"use client";

// The timeline as a virtualised list: only the rows on screen are in the DOM, and rows are
// fetched from the server a window at a time as the person scrolls, so 100,000 events
// open as fast as 100. Every row shows its minute, where it came from (a source chip) and
// its whole message, wrapped: rows are measured, not cut to one line. In a narrow list
// (800 px, or beside the event panel) the message moves under the row's facts. The header
// above the list shows the date of the top row; a divider marks each change of day.
import { EventCommentBadge } from "@/components/comments/event-comment-counts";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, type RefObject } from "react";
import {
  ParticipantLaneCells,
  ParticipantLaneHeader,
} from "@/components/timeline/participant-lanes";
import type { Lane } from "@/lib/mental-models/notes/note-lanes";
import type { TimelineRow } from "@/lib/timeline/event-view";
import { KEY_MOMENT_LABELS } from "@/lib/evidence/evidence-input";
import { MANUAL_CHIP, ROW_FLAG_LABELS, type ChipColour } from "@/lib/timeline/source-chip";

// A one-line row; wrapped messages make rows taller, measured as they render.
export const ROW_HEIGHT = 30;
export { WINDOW_SIZE } from "@/lib/timeline/event-view";
import { WINDOW_SIZE } from "@/lib/timeline/event-view";
import { revealInvisible } from "@/lib/text/clean-text";
import {
  formatFullTime,
  wallClock,
  type DisplayZone,
  type WallClock,
} from "@/lib/time/display-zone";

// What a row's chip says about its source: a short label, the full name and its colour.
export interface SourceChip {
  label: string;
  name: string;
  colour: ChipColour;
}

export interface TimelineListHandle {
  scrollToIndex: (index: number) => void;
}

export function TimelineList({
  total,
  rowsAt,
  requestWindow,
  selectedId,
  onSelect,
  handleRef,
  sourceChip,
  lanes,
  reference,
  displayZone,
}: {
  /** The zone rows are shown in, and its label. */
  displayZone: Pick<DisplayZone, "zone" | "label">;
  /** Participant lanes beside the rows, when the person turned them on. */
  lanes?: Lane[] | null;
  reference?: string;
  sourceChip: (sourceId: string) => SourceChip | undefined;
  total: number;
  rowsAt: (index: number) => TimelineRow | undefined;
  requestWindow: (index: number) => void;
  selectedId: string | null;
  onSelect: (row: TimelineRow) => void;
  handleRef: RefObject<TimelineListHandle | null>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the list re-renders on every scroll anyway; nothing below is memoised on the virtualizer.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => rowsAt(index)?.id ?? `slot-${index}`,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    for (let index = firstIndex; index <= lastIndex; index += WINDOW_SIZE / 2) requestWindow(index);
    requestWindow(lastIndex);
  }, [firstIndex, lastIndex, requestWindow]);

  useEffect(() => {
    handleRef.current = {
      scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: "start" }),
    };
  }, [handleRef, virtualizer]);

  const topRow = rowsAt(firstIndex);
  const clock = (iso: string) => cachedWallClock(iso, displayZone.zone);
  const hasLanes = Boolean(lanes && lanes.length > 0 && reference);
  return (
    <div
      className={`timeline-list-frame${hasLanes ? " has-lanes" : ""}`}
      style={hasLanes ? { ["--lanes" as string]: lanes?.length } : undefined}
    >
      <div className="timeline-day-header">
        <span>
          <span data-testid="current-day">
            {topRow ? clock(topRow.time).dayLabel : total === 0 ? "" : "Loading…"}
          </span>
          <span className="timeline-zone-label" data-testid="timeline-zone">
            times in{" "}
            {zoneHeading(topRow ? clock(topRow.time).abbreviation : null, displayZone.label)}
          </span>
        </span>
        {hasLanes && lanes && <ParticipantLaneHeader lanes={lanes} />}
      </div>
      <div
        ref={scrollRef}
        className="timeline-scroll"
        data-testid="timeline-list"
        role="list"
        aria-label="Timeline events"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {items.map((item) => {
            const row = rowsAt(item.index);
            const previous = item.index > 0 ? rowsAt(item.index - 1) : undefined;
            const isNewDay =
              row !== undefined &&
              previous !== undefined &&
              clock(previous.time).day !== clock(row.time).day;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="listitem"
                className="timeline-row-slot"
                style={{ transform: `translateY(${item.start}px)`, minHeight: ROW_HEIGHT }}
              >
                {isNewDay && row && (
                  <div className="timeline-day-divider">{clock(row.time).dayLabel}</div>
                )}
                {row && hasLanes && lanes && reference ? (
                  <div className="timeline-row-with-lanes">
                    <EventRow
                      row={row}
                      previous={previous}
                      isFirstShown={item.index === firstIndex}
                      isSelected={row.id === selectedId}
                      onSelect={onSelect}
                      chip={row.sourceId ? sourceChip(row.sourceId) : undefined}
                      clock={clock}
                      displayZone={displayZone}
                    />
                    {/* A row whose previous row is not loaded yet cannot tell which notes
                        are its own: its cells wait for that window. */}
                    {(item.index === 0 || previous) && (
                      <ParticipantLaneCells
                        reference={reference}
                        lanes={lanes}
                        previousTime={previous?.time ?? null}
                        rowTime={row.time}
                        isLastRow={item.index === total - 1}
                      />
                    )}
                  </div>
                ) : row ? (
                  <EventRow
                    row={row}
                    previous={previous}
                    isFirstShown={item.index === firstIndex}
                    isSelected={row.id === selectedId}
                    onSelect={onSelect}
                    chip={row.sourceId ? sourceChip(row.sourceId) : undefined}
                    clock={clock}
                    displayZone={displayZone}
                  />
                ) : (
                  <span className="muted small timeline-placeholder">…</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function EventRow({
  row,
  previous,
  isFirstShown,
  isSelected,
  onSelect,
  chip,
  clock,
  displayZone,
}: {
  clock: (iso: string) => WallClock;
  displayZone: Pick<DisplayZone, "zone" | "label">;
  row: TimelineRow;
  previous: TimelineRow | undefined;
  isFirstShown: boolean;
  isSelected: boolean;
  onSelect: (row: TimelineRow) => void;
  chip: SourceChip | undefined;
}) {
  const here = clock(row.time);
  const before = previous ? clock(previous.time) : undefined;
  const isNewDay = !before || before.day !== here.day;
  const isNewMinute = isNewDay || before?.minute !== here.minute;
  const handleClick = useCallback(() => onSelect(row), [onSelect, row]);
  return (
    <button
      type="button"
      className={`timeline-row level-${row.level ?? "none"}${isSelected ? " is-selected" : ""}${row.isHidden ? " is-hidden" : ""}${isNewMinute ? " is-new-minute" : ""}`}
      data-testid="timeline-row"
      data-time={row.time}
      data-live-id={row.id}
      title={formatFullTime(row.time, displayZone)}
      onClick={handleClick}
    >
      <span className="cell-minute" data-testid="row-minute">
        {isNewMinute || isFirstShown ? here.minute : ""}
      </span>
      <span className="cell-seconds" data-testid="row-time">
        :{here.seconds}
      </span>
      <span className="cell-level">{row.level ?? ""}</span>
      <span className="cell-service" title={row.service ?? undefined}>
        {row.service ?? ""}
      </span>
      <span className="cell-source">
        <SourceBadge row={row} chip={chip} />
      </span>
      <span className="cell-message">
        {row.keyMoment && (
          <span className="badge key-moment">{KEY_MOMENT_LABELS[row.keyMoment]}</span>
        )}
        {row.isEdited && <span className="badge">edited</span>}
        <EventCommentBadge eventId={row.id} />
        {row.isHidden && <span className="badge">hidden</span>}
        {row.flags
          .filter((flag) => flag in ROW_FLAG_LABELS)
          .map((flag) => (
            <span key={flag} className="badge flag" data-testid="row-flag">
              {ROW_FLAG_LABELS[flag]}
            </span>
          ))}
        <span className="message-text" data-testid="row-message">
          {revealInvisible(row.message)}
        </span>
        {row.keyMoment && row.keyMomentNote && (
          <span className="key-moment-note" data-testid="key-moment-note">
            {revealInvisible(row.keyMomentNote)}
          </span>
        )}
      </span>
    </button>
  );
}

// Where the row came from, coloured per source; events added by hand have their own chip.
function SourceBadge({ row, chip }: { row: TimelineRow; chip: SourceChip | undefined }) {
  if (row.isManual || !row.sourceId || !chip) {
    return (
      <span
        className="source-chip"
        data-testid="source-chip"
        style={{ color: MANUAL_CHIP.fg, background: MANUAL_CHIP.bg }}
      >
        {row.isManual || !row.sourceId ? "by hand" : "source"}
      </span>
    );
  }
  const { colour } = chip;
  return (
    <span
      className="source-chip"
      data-testid="source-chip"
      title={chip.name}
      style={{ color: colour.fg, background: colour.bg }}
    >
      {chip.label}
    </span>
  );
}

// "CET (Europe/Paris)", or "UTC": the zone of the rows, named in the header.
function zoneHeading(abbreviation: string | null, label: string): string {
  if (label === "UTC" || !abbreviation || abbreviation === label) return label;
  return `${abbreviation} (${label})`;
}

// Rows re-render on every scroll; each instant's parts in a zone are worked out once.
const wallClocks = new Map<string, WallClock>();
function cachedWallClock(iso: string, zone: string): WallClock {
  const key = `${zone} ${iso}`;
  let found = wallClocks.get(key);
  if (!found) {
    if (wallClocks.size > 20_000) wallClocks.clear();
    found = wallClock(iso, zone);
    wallClocks.set(key, found);
  }
  return found;
}
