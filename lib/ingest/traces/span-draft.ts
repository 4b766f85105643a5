// A span as the trace readers build it, before the tree and the analysis: the public Span
// plus what the analysis needs (the span's object in the document, its attributes, the host
// key clock skew is estimated per).

import type { Span } from "../types";

export interface SpanDraft extends Span {
  node: object;
  attributes: Record<string, unknown>;
  hostKey: string | undefined;
}
