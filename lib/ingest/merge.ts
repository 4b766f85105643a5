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
  const total = runs.reduce((n, r) => n + r.length, 0);
  const out: EventRecord[] = new Array<EventRecord>(total);
  // Heap of run indices ordered by (head time, run index); positions[i] = next index in run i.
  const positions = new Array<number>(runs.length).fill(0);
  const heap: number[] = runs.map((_, i) => i);
  const headTime = (run: number): number =>
    (runs[run] as EventRecord[])[positions[run] as number]?.time ?? Infinity;
  const less = (a: number, b: number): boolean => {
    const ta = headTime(a);
    const tb = headTime(b);
    return ta < tb || (ta === tb && a < b);
  };
  const siftDown = (start: number): void => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < heap.length && less(heap[l] as number, heap[smallest] as number)) smallest = l;
      if (r < heap.length && less(heap[r] as number, heap[smallest] as number)) smallest = r;
      if (smallest === i) return;
      const t = heap[i] as number;
      heap[i] = heap[smallest] as number;
      heap[smallest] = t;
      i = smallest;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
  for (let k = 0; k < total; k++) {
    const run = heap[0] as number;
    const events = runs[run] as EventRecord[];
    let pos = positions[run] as number;
    out[k] = events[pos] as EventRecord;
    pos++;
    positions[run] = pos;
    if (pos >= events.length) {
      heap[0] = heap[heap.length - 1] as number;
      heap.pop();
    }
    if (heap.length > 0) siftDown(0);
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
