// The span tree across all trace sources, with Zipkin's B3 shared spans handled: a SERVER
// span that shares its id with a CLIENT span is that client's child, and a child of a shared
// id belongs to the half on its own service.

import type { SpanDraft } from "./documents";

export interface SpanTree {
  spans: SpanDraft[];
  parentOf(span: SpanDraft): SpanDraft | undefined;
  childrenOf(span: SpanDraft): SpanDraft[];
  orphans: SpanDraft[];
}

export function buildTree(input: SpanDraft[]): SpanTree {
  // Deduplicate on (trace, id, kind, shared): the same span pasted twice counts once.
  const seen = new Set<string>();
  const spans: SpanDraft[] = [];
  for (const span of input) {
    const key = `${span.traceId}/${span.spanId}/${span.kind}/${span.isShared}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push(span);
  }
  const byId = new Map<string, SpanDraft[]>();
  for (const span of spans) {
    const key = `${span.traceId}/${span.spanId}`;
    const list = byId.get(key);
    if (list) list.push(span);
    else byId.set(key, [span]);
  }
  const parents = new Map<SpanDraft, SpanDraft | undefined>();
  const children = new Map<SpanDraft, SpanDraft[]>();
  const orphans: SpanDraft[] = [];
  for (const span of spans) {
    let parent: SpanDraft | undefined;
    const sameId = byId.get(`${span.traceId}/${span.spanId}`) ?? [];
    if (span.kind === "server" && sameId.length > 1) {
      parent = sameId.find((s) => s !== span && s.kind === "client");
    }
    if (!parent && span.parentSpanId) {
      const candidates = byId.get(`${span.traceId}/${span.parentSpanId}`) ?? [];
      parent =
        candidates.find((s) => s.service === span.service && s.kind !== "client") ??
        candidates.find((s) => s.kind === "server") ??
        candidates[0];
      if (!parent) orphans.push(span);
    }
    parents.set(span, parent);
    if (parent) {
      const list = children.get(parent);
      if (list) list.push(span);
      else children.set(parent, [span]);
    }
  }
  return {
    spans,
    parentOf: (span) => parents.get(span),
    childrenOf: (span) => children.get(span) ?? [],
    orphans,
  };
}
