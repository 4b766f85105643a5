// One time order over all sources. Each source is sorted on its own first (stable, and
// usually already in order), then the sorted runs are merged through a small binary heap, so
// the cost is about one comparison per event and level of log2(sources). Equal times keep
// source order, then line order.

import type { EventRecord } from "./event";

export function mergeByTime(perSource: EventRecord[][]): EventRecord[] {
  const runs = perSource
    .map((events) => (isSorted(events) ? events : events.slice().sort(byTime)))
    .filter((r) => r.length > 0);
  if (runs.length === 0) return [];
  if (runs.length === 1) return (runs[0] as EventRecord[]).slice();
  let total = 0;
  for (const run of runs) total += run.length;
  const out: EventRecord[] = new Array<EventRecord>(total);
  // Heap of run indices ordered by (head time, run index). The head times sit in a typed
  // array next to each run's position, so a comparison reads two numbers, no objects.
  const count = runs.length;
  const positions = new Int32Array(count);
  const heads = new Float64Array(count);
  const heap = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    heap[i] = i;
    heads[i] = (runs[i] as EventRecord[])[0]?.time ?? Infinity;
  }
  let size = count;
  const less = (a: number, b: number): boolean => {
    const ta = heads[a] as number;
    const tb = heads[b] as number;
    return ta < tb || (ta === tb && a < b);
  };
  const siftDown = (start: number): void => {
    let i = start;
    const item = heap[i] as number;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let child = l;
      if (r < size && less(heap[r] as number, heap[l] as number)) child = r;
      const c = heap[child] as number;
      if (!less(c, item)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = item;
  };
  for (let i = (count >> 1) - 1; i >= 0; i--) siftDown(i);
  for (let k = 0; k < total; k++) {
    const run = heap[0] as number;
    const events = runs[run] as EventRecord[];
    const pos = (positions[run] as number) + 1;
    out[k] = events[pos - 1] as EventRecord;
    positions[run] = pos;
    if (pos < events.length) {
      heads[run] = (events[pos] as EventRecord).time;
    } else {
      size--;
      heap[0] = heap[size] as number;
    }
    if (size > 0) siftDown(0);
  }
  return out;
}

function byTime(a: EventRecord, b: EventRecord): number {
  return a.time - b.time;
}

function isSorted(events: EventRecord[]): boolean {
  for (let i = 1; i < events.length; i++) {
    if ((events[i] as EventRecord).time < (events[i - 1] as EventRecord).time) return false;
  }
  return true;
}
