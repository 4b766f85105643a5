// `kubectl get events` tables. Columns are found from the header (tabwriter aligns every row
// with it); times are ages ("22m", "2m24s", "8m58s (x108 over 26m)") counted back from the
// reference. An aggregated row starts when it was first seen ("over 26m").

import { FLAG } from "../event";
import {
  ENTRY,
  HANDLED,
  NOT_ENTRY,
  type StatefulLineFormat,
  type LineParser,
  type ParseContext,
} from "../line-format";

const HEADER = /^(?:NAMESPACE\s+)?LAST SEEN\s+TYPE\s+REASON\s+(?:OBJECT|KIND)\b/;
/** What whole-source detection looks for in the first line. */
const HEADER_START = /^(?:NAMESPACE\s+)?LAST SEEN\s+TYPE\s+REASON/;
const AGE_PART = /(\d+)([dhms]|y)/g;
const UNIT: Record<string, number> = {
  y: 365 * 86_400_000,
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1000,
};

/** "2m24s" → ms; NaN when not an age. */
export function parseAge(text: string): number {
  if (!/^(?:\d+[ydhms])+$/.test(text)) return NaN;
  let total = 0;
  for (const m of text.matchAll(AGE_PART)) total += Number(m[1]) * (UNIT[m[2] ?? "s"] ?? 0);
  return total;
}

interface Column {
  name: string;
  start: number;
}

function create(ctx: ParseContext): LineParser {
  ctx.isOrdered = false;
  let columns: Column[] | undefined;
  return {
    parse(line, lineNo) {
      if (HEADER.test(line)) {
        columns = [];
        for (const m of line.matchAll(/\S+(?: [A-Z]+)*/g))
          columns.push({ name: m[0], start: m.index });
        ctx.skip(lineNo);
        return HANDLED;
      }
      if (!columns) return NOT_ENTRY;
      const cells: Record<string, string> = {};
      columns.forEach((col, i) => {
        const next = columns?.[i + 1];
        const isLast = next === undefined;
        cells[col.name] = (
          isLast ? line.slice(col.start) : line.slice(col.start, next.start)
        ).trim();
      });
      const lastSeenText = cells["LAST SEEN"] ?? "";
      const m = /^(\S+)(?: \(x(\d+) over (\S+)\))?$/.exec(lastSeenText);
      const lastAge = m ? parseAge(m[1] ?? "") : NaN;
      if (Number.isNaN(lastAge)) return NOT_ENTRY;
      // "-o wide" has a FIRST SEEN column; the default output folds it into "(xN over AGE)".
      const firstSeen = cells["FIRST SEEN"];
      const firstAge = m?.[3] ? parseAge(m[3]) : firstSeen ? parseAge(firstSeen) : lastAge;
      const time = ctx.reference - (Number.isNaN(firstAge) ? lastAge : firstAge);
      const type = cells.TYPE ?? "";
      const level = type === "Warning" ? "warn" : type === "Normal" ? "info" : undefined;
      const object = cells.OBJECT ?? cells.NAME ?? "";
      const message = cells.MESSAGE ?? "";
      const event = ctx.emitAt(
        time,
        lastSeenText,
        lineNo,
        level,
        `${cells.REASON ?? ""} ${object}: ${message}`,
        FLAG.relativeTime,
      );
      const slash = object.indexOf("/");
      event.host = undefined;
      event.service = slash >= 0 ? object.slice(slash + 1) : object || undefined;
      event.attributes = {
        ...cells,
        lastSeen: new Date(ctx.reference - lastAge).toISOString(),
        count: m?.[2] ? Number(m[2]) : 1,
      };
      return ENTRY;
    },
  };
}

export const k8sEvents: StatefulLineFormat = {
  id: "k8s-events",
  label: "kubectl get events",
  detectionOrder: 200,
  sample: [
    "LAST SEEN               TYPE      REASON              OBJECT                                 MESSAGE",
    "22m                     Normal    Scheduled           pod/checkout-web-5c8d7b9f4-k8f4v       Successfully assigned payments/checkout-web-5c8d7b9f4-k8f4v to ip-10-42-2-41",
    "8m58s (x108 over 26m)   Warning   Unhealthy           pod/payments-api-7d9f8c6b5-m8r2t       Readiness probe failed: HTTP probe failed with statuscode: 503",
  ],
  test: (line) =>
    HEADER.test(line) ||
    /^\d+[dhms]\S*(?: \(x\d+ over \S+\))?\s{2,}(?:Normal|Warning)\s/.test(line),
  detectSource: (lines) => (HEADER_START.test(lines[0] ?? "") ? 1 : 0),
  foldsAnything: false,
  refills: false,
  isOrdered: false,
  create,
};
