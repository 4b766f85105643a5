// Clock-skew estimates after Jaeger's adjuster: walk each trace from its roots; where a child
// runs on another host (or service) than its parent, compare the child with its already
// adjusted parent. A child inside its parent needs no shift; one longer than its parent is
// async and only shifted back into it; otherwise it is centred, assuming equal request and
// response latency. The shift's opposite is how far the child's clock runs ahead; the
// per-service estimate is the median over the pairs that needed a shift.

import type { SkewEstimate } from "../types";
import type { SpanDraft } from "./documents";
import type { SpanTree } from "./tree";

function isSameHost(a: SpanDraft, b: SpanDraft): boolean {
  if (a.hostKey !== undefined && b.hostKey !== undefined) return a.hostKey === b.hostKey;
  return a.service === b.service;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function estimateSkew(tree: SpanTree): SkewEstimate[] {
  const observations = new Map<
    string,
    { service: string; host: string | undefined; values: number[] }
  >();
  const deltas = new Map<SpanDraft, number>();
  const visit = (root: SpanDraft): void => {
    deltas.set(root, 0);
    const stack: SpanDraft[] = [root];
    while (stack.length > 0) {
      const parent = stack.pop() as SpanDraft;
      const parentDelta = deltas.get(parent) ?? 0;
      for (const child of tree.childrenOf(parent)) {
        if (deltas.has(child)) continue;
        let delta = parentDelta;
        if (!isSameHost(parent, child)) {
          const parentStart = parent.start + parentDelta;
          const parentEnd = parentStart + parent.durationMs;
          const childEnd = child.start + child.durationMs;
          if (child.durationMs > parent.durationMs) delta = Math.max(0, parentStart - child.start);
          else if (child.start >= parentStart && childEnd <= parentEnd) delta = 0;
          else delta = parentStart + (parent.durationMs - child.durationMs) / 2 - child.start;
          if (delta !== 0) {
            const key = `${child.service}\u0000${child.hostKey ?? ""}`;
            let entry = observations.get(key);
            if (!entry) {
              entry = { service: child.service, host: child.host ?? child.hostKey, values: [] };
              observations.set(key, entry);
            }
            entry.values.push(-delta);
          }
        }
        deltas.set(child, delta);
        stack.push(child);
      }
    }
  };
  for (const span of tree.spans) if (!tree.parentOf(span)) visit(span);
  const estimates: SkewEstimate[] = [];
  for (const entry of observations.values()) {
    estimates.push({
      service: entry.service,
      host: entry.host,
      ms: Math.round(median(entry.values) * 10) / 10,
      method: "jaeger-centring",
      spans: entry.values.length,
    });
  }
  return estimates.sort((a, b) => Math.abs(b.ms) - Math.abs(a.ms));
}
