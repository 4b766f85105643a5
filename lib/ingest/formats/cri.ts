// CRI container logs (containerd/CRI-O files under /var/log/pods):
// "2026-03-14T09:12:05.101884312Z stdout P text" — P marks a chunk continued by the next
// line of the same stream; F ends the message.

import type { SourceContext } from "../context";
import type { EventRecord } from "../event";
import { sniffLevel } from "../levels";
import { newStamp, scanTimestamp } from "../time/scan";
import { ENTRY, HANDLED, NOT_ENTRY, type LineFormat, type LineParser } from "./format";

const attributeStamp = newStamp();

/** A CRI line's attributes, read again from the line when first asked for. */
function criAttributes(line: string): Record<string, unknown> | undefined {
  if (!scanTimestamp(line, 0, attributeStamp)) return undefined;
  const start = attributeStamp.end + 1;
  return { stream: line.slice(start, line.indexOf(" ", start)) };
}

function create(ctx: SourceContext): LineParser {
  const st = newStamp();
  const open: Record<string, EventRecord | undefined> = {};
  return {
    parse(line, lineNo) {
      if (!scanTimestamp(line, 0, st) || line.charCodeAt(st.end) !== 32) return NOT_ENTRY;
      const streamEnd = line.indexOf(" ", st.end + 1);
      if (streamEnd < 0) return NOT_ENTRY;
      const stream = line.slice(st.end + 1, streamEnd);
      if (stream !== "stdout" && stream !== "stderr") return NOT_ENTRY;
      const tag = line.charCodeAt(streamEnd + 1);
      const isPartial = tag === 80;
      if (!isPartial && tag !== 70) return NOT_ENTRY;
      const text = line.slice(streamEnd + 3);
      const pending = open[stream];
      if (pending) {
        pending.message += text;
        pending.lastLine = lineNo;
        ctx.folded++;
        if (!isPartial) open[stream] = undefined;
        return HANDLED;
      }
      const event = ctx.emit(st, line.slice(0, st.end), lineNo, sniffLevel(text), text);
      if (line === ctx.lines[lineNo - 1]) event.readAttributesLater(criAttributes);
      else event.attributes = { stream };
      if (isPartial) open[stream] = event;
      return ENTRY;
    },
  };
}

export const cri: LineFormat = {
  id: "cri",
  label: "CRI container log",
  test: (line) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d) (?:stdout|stderr) [PF] /.test(
      line,
    ),
  foldsAnything: false,
  isOrdered: true,
  create,
};
