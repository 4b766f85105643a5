// The Redis server log (Redis 3 and later):
// "1:M 14 Mar 2026 09:13:21.447 * Ready to accept connections tcp": the process id, the
// role of the process that wrote the line (M primary, S replica, C a child saving the data
// set, X sentinel), the local time, and a level sign (. debug, - verbose, * notice,
// # warning) before the message. Redis writes no zone: the source's zone applies.

import { Char } from "../chars";
import type { DecodedLine, StampReader, StatelessLineFormat } from "../line-format";
import type { Level } from "../types";
import type { Stamp } from "../time/scan";

const HEAD = /^(\d+):([MSCX]) /;
const ROLES: Record<string, string> = { M: "primary", S: "replica", C: "child", X: "sentinel" };
const LEVELS: Record<string, Level> = { ".": "debug", "-": "debug", "*": "info", "#": "warn" };

function scanTime(line: string, st: Stamp, reader: StampReader): number {
  const colon = line.indexOf(":");
  if (colon < 1 || colon > 10 || line.charCodeAt(colon + 2) !== Char.SPACE) return -1;
  if (!reader.scanStamp(line, colon + 3, st)) return -1;
  // The level sign between spaces, then the message.
  if (line.charCodeAt(st.end) !== Char.SPACE || line.charCodeAt(st.end + 2) !== Char.SPACE) {
    return -1;
  }
  return LEVELS[line[st.end + 1] ?? ""] ? st.end + 1 : -1;
}

function decode(line: string, st: Stamp, at: number, out: DecodedLine): void {
  const colon = line.indexOf(":");
  out.timeText = line.slice(colon + 3, st.end);
  out.level = LEVELS[line[at] ?? ""];
  out.message = line.slice(at + 2);
  out.service = "redis";
  out.attributes = { pid: line.slice(0, colon), role: ROLES[line[colon + 1] ?? ""] };
}

export const redis: StatelessLineFormat = {
  id: "redis",
  label: "Redis server log",
  detectionOrder: 185,
  sample: [
    "1:M 14 Mar 2026 09:13:21.447 * Ready to accept connections tcp",
    "1:M 14 Mar 2026 09:14:02.118 # WARNING: 1 clients are waiting for a lock",
    "231:C 14 Mar 2026 09:15:00.004 * DB saved on disk",
  ],
  test: (line) => HEAD.test(line) && /^\d+:[MSCX] \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:/.test(line),
  foldsAnything: false,
  isOrdered: true,
  scanTime,
  decode,
};
