// CRI container logs (containerd/CRI-O files under /var/log/pods):
// "2026-03-14T09:12:05.101884312Z stdout P text" — P marks a chunk continued by the next
// line of the same stream; F ends the message.

import type { EventRecord } from "../event";
import { sniffLevel } from "../levels";
import { newStamp, scanTimestamp, type Stamp } from "../time/scan";
import {
  ENTRY,
  HANDLED,
  NOT_ENTRY,
  type StampReader,
  type StatefulLineFormat,
  type LineParser,
  type ParseContext,
} from "../line-format";
import { Char } from "../chars";

const attributeStamp = newStamp();

/** A CRI line's attributes, read again from the line when first asked for. */
function criAttributes(line: string): Record<string, unknown> | undefined {
  if (!scanTimestamp(line, 0, attributeStamp)) return undefined;
  const start = attributeStamp.end + 1;
  return { stream: line.slice(start, line.indexOf(" ", start)) };
}

/** Where a CRI line's text starts, with its stream and whether it is partial; undefined if none. */
function readHead(
  line: string,
  st: Stamp,
  reader?: StampReader,
): { stream: string; isPartial: boolean; text: number } | undefined {
  if (!(reader ? reader.scanStamp(line, 0, st) : scanTimestamp(line, 0, st))) return undefined;
  if (line.charCodeAt(st.end) !== Char.SPACE) return undefined;
  const streamEnd = line.indexOf(" ", st.end + 1);
  if (streamEnd < 0) return undefined;
  const stream = line.slice(st.end + 1, streamEnd);
  if (stream !== "stdout" && stream !== "stderr") return undefined;
  const tag = line.charCodeAt(streamEnd + 1);
  const isPartial = tag === Char.UPPER_P;
  if (!isPartial && tag !== Char.UPPER_F) return undefined;
  return { stream, isPartial, text: streamEnd + 3 };
}

const pieceStamp = newStamp();

/**
 * The message of a record split into partial lines, from its lines joined: the pieces of the
 * first line's stream up to its final piece (the other stream's lines may sit in between).
 */
function joinPieces(lines: string[], stream: string): string {
  let message = "";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const head = readHead(line, pieceStamp);
    if (!head || head.stream !== stream) continue;
    message += line.slice(head.text);
    if (!head.isPartial) break;
  }
  return message;
}

function create(ctx: ParseContext): LineParser {
  const st = newStamp();
  const open: Record<string, EventRecord | undefined> = {};
  return {
    parse(input, lineNo) {
      // A lazy event decoded again gets all its lines; its first line starts the record.
      const nl = ctx.isFilling ? input.indexOf("\n") : -1;
      const line = nl < 0 ? input : input.slice(0, nl);
      const head = readHead(line, st, ctx);
      if (!head) return NOT_ENTRY;
      const { stream, isPartial } = head;
      const pending = open[stream];
      if (pending && !ctx.isFilling) {
        // A lazy event decodes its pieces later, from its lines.
        if (!ctx.isLite) pending.message += line.slice(head.text);
        pending.lastLine = lineNo;
        ctx.folded++;
        if (!isPartial) open[stream] = undefined;
        return HANDLED;
      }
      if (ctx.isLite) {
        const kept = ctx.keepTime(st, lineNo);
        if (isPartial) open[stream] = kept;
        return ENTRY;
      }
      let text = line.slice(head.text);
      if (nl >= 0 && isPartial) text += joinPieces(input.split("\n"), stream);
      // The level is sniffed from the first piece, as when the pieces arrive one by one.
      const level = sniffLevel(line.slice(head.text));
      const event = ctx.emit(st, line.slice(0, st.end), lineNo, level, text);
      if (ctx.isSourceLine(line, lineNo)) event.readAttributesLater(criAttributes);
      else event.attributes = { stream };
      if (isPartial && !ctx.isFilling) open[stream] = event;
      return ENTRY;
    },
  };
}

export const cri: StatefulLineFormat = {
  id: "cri",
  label: "CRI container log",
  detectionOrder: 100,
  sample: [
    '2026-03-14T09:12:05.101884312Z stdout F [2026-03-14T09:12:04.998Z] "POST /pay HTTP/1.1" 503 UO',
    "2026-03-14T09:12:05.2Z stderr P partial line continued ",
    "2026-03-14T09:12:05.3Z stderr F by this one",
  ],
  test: (line) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d) (?:stdout|stderr) [PF] /.test(
      line,
    ),
  foldsAnything: false,
  refills: true,
  refillsAllLines: true,
  isOrdered: true,
  create,
};
