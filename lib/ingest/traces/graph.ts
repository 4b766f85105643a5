// Service dependency graph after Zipkin's dependency linker: a SERVER/CONSUMER span links the
// nearest ancestor on another service (or its remote endpoint) to its own service; a leaf
// CLIENT/PRODUCER span links its service to the remote service it names (peer.service,
// remote endpoint, or a server.address whose first label is a known service). A client
// that has a child on another service is skipped, as that child reports the call.

import type { ServiceEdge } from "../types";
import type { SpanDraft } from "./documents";
import { str } from "./otlp-values";
import type { SpanTree } from "./tree";

function remoteServiceOf(span: SpanDraft, known: Set<string>): string | undefined {
  if (span.remoteService) return span.remoteService;
  const address =
    str(span.attributes["server.address"]) ??
    str(span.attributes["net.peer.name"]) ??
    str(span.attributes["peer.hostname"]) ??
    str(span.attributes["http.host"]);
  if (!address) return undefined;
  const label = address.split(".")[0] ?? address;
  if (known.has(label)) return label;
  return known.has(address) ? address : address;
}

export function serviceEdges(tree: SpanTree): ServiceEdge[] {
  const known = new Set(tree.spans.map((s) => s.service));
  const edges = new Map<string, ServiceEdge>();
  const add = (from: string, to: string, isError: boolean): void => {
    const key = `${from}\u0000${to}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { from, to, calls: 0, errors: 0 };
      edges.set(key, edge);
    }
    edge.calls++;
    if (isError) edge.errors++;
  };
  for (const span of tree.spans) {
    const parent = tree.parentOf(span);
    if (span.kind === "server" || span.kind === "consumer") {
      let from: string | undefined;
      for (let a = parent; a; a = tree.parentOf(a)) {
        if (a.service !== span.service) {
          from = a.service;
          break;
        }
      }
      from ??= span.remoteService;
      if (from && from !== span.service) {
        const callerFailed =
          parent !== undefined && parent.service !== span.service && parent.isError;
        add(from, span.service, span.isError || callerFailed);
      }
      continue;
    }
    const isClient =
      span.kind === "client" ||
      span.kind === "producer" ||
      (span.kind === "unspecified" && span.remoteService !== undefined);
    if (!isClient) continue;
    if (tree.childrenOf(span).some((c) => c.service !== span.service)) continue;
    const to = remoteServiceOf(span, known);
    if (to && to !== span.service) add(span.service, to, span.isError);
  }
  return [...edges.values()].sort(
    (a, b) => b.calls - a.calls || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
}
