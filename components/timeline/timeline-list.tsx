"use client";

// The timeline as a virtualised list: only the rows on screen are in the DOM, and rows are
// fetched from the server a window at a time as the person scrolls, so 100,000 events
// open as fast as 100. Every row shows its minute and, when the day changes, its date; the
// header above the list always shows the date of the top row.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, type RefObject } from "react";
import type { TimelineRow } from "@/lib/timeline/event-view";
import { KEY_MOMENT_LABELS } from "@/lib/timeline/evidence-input";

export const ROW_HEIGHT = 30;
export { WINDOW_SIZE } from "@/lib/timeline/event-view";
import { WINDOW_SIZE } from "@/lib/timeline/event-view";
import { revealInvisible } from "@/lib/text/clean-text";

const FLAG_LABELS: Record<string, string> = {
  "zone-assumed": "zone assumed",
  "year-inferred": "year inferred",
  "two-digit-year": "2-digit year",
  "day-month-guessed": "day/month guessed",
  "relative-time": "relative time",
  "time-inherited": "time inherited",
  "out-of-order": "out of order",
  truncated: "truncated",
  "clock-skew": "clock skew",
};

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
}: {
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
  return (
    <div className="timeline-list-frame">
      <div className="timeline-day-header" data-testid="current-day">
        {topRow ? formatDay(topRow.time) : total === 0 ? "" : "Loading…"}
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
            return (
              <div
                key={item.key}
                role="listitem"
                className="timeline-row-slot"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                {row ? (
                  <EventRow
                    row={row}
                    previous={previous}
                    isFirstShown={item.index === firstIndex}
                    isSelected={row.id === selectedId}
                    onSelect={onSelect}
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
}: {
  row: TimelineRow;
  previous: TimelineRow | undefined;
  isFirstShown: boolean;
  isSelected: boolean;
  onSelect: (row: TimelineRow) => void;
}) {
  const day = row.time.slice(0, 10);
  const minute = row.time.slice(11, 16);
  const isNewDay = !previous || previous.time.slice(0, 10) !== day;
  const isNewMinute = isNewDay || previous?.time.slice(11, 16) !== minute;
  const handleClick = useCallback(() => onSelect(row), [onSelect, row]);
  return (
    <button
      type="button"
      className={`timeline-row level-${row.level ?? "none"}${isSelected ? " is-selected" : ""}${row.isHidden ? " is-hidden" : ""}${isNewMinute ? " is-new-minute" : ""}`}
      data-testid="timeline-row"
      data-time={row.time}
      onClick={handleClick}
    >
      <span className="cell-day">{isNewDay || isFirstShown ? formatDay(row.time) : ""}</span>
      <span className="cell-minute">{isNewMinute || isFirstShown ? minute : ""}</span>
      <span className="cell-seconds" data-testid="row-time">
        :{row.time.slice(17, 23)}
      </span>
      <span className="cell-level">{row.level ?? ""}</span>
      <span className="cell-service">{row.service ?? ""}</span>
      <span className="cell-message" data-testid="row-message">
        {row.keyMoment && (
          <span className="badge key-moment">{KEY_MOMENT_LABELS[row.keyMoment]}</span>
        )}
        {row.isManual && <span className="badge">manual</span>}
        {row.isEdited && <span className="badge">edited</span>}
        {row.isHidden && <span className="badge">hidden</span>}
        {row.flags.map((flag) => (
          <span key={flag} className="badge flag" title={flag}>
            {FLAG_LABELS[flag] ?? flag}
          </span>
        ))}
        {revealInvisible(row.message)}
      </span>
    </button>
  );
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// "Sat 14 Mar 2026" in UTC.
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
