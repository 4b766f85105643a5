// One time order over all sources. Array.prototype.sort is a stable TimSort that finds the
// already sorted runs, so concatenating per-source runs and sorting costs about a k-way merge;
// ties keep source order, then line order.

import type { EventRecord } from "./event";

export function mergeByTime(perSource: EventRecord[][]): EventRecord[] {
  if (perSource.length === 1) {
    const only = perSource[0] ?? [];
    return isSorted(only) ? only.slice() : only.slice().sort(byTime);
  }
  const all: EventRecord[] = [];
  for (const events of perSource) for (const e of events) all.push(e);
  return all.sort(byTime);
}

function byTime(a: EventRecord, b: EventRecord): number {
  return a.time - b.time;
}

function isSorted(events: EventRecord[]): boolean {
  for (let i = 1; i < events.length; i++)
    if ((events[i] as EventRecord).time < (events[i - 1] as EventRecord).time) return false;
  return true;
}
