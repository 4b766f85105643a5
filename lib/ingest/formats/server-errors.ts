// Web-server error logs:
// Apache 2.4 "[Sat Mar 14 10:12:03.123456 2026] [proxy_http:error] [pid 4421(:tid 1)] [client …] msg"
// (2.2 writes "[error]" alone) and nginx "2026/03/14 10:12:19 [error] 2211#2211: *918231 msg".

import { levelFromName } from "../levels";
import type { Stamp } from "../time/scan";
import type { DecodedLine, StampReader, StatelessLineFormat } from "../line-format";
import { Char } from "../chars";

function scanApacheError(line: string, st: Stamp, reader: StampReader): number {
  if (
    line.charCodeAt(0) !== Char.LEFT_BRACKET ||
    !reader.scanStamp(line, 1, st) ||
    line.charCodeAt(st.end) !== Char.RIGHT_BRACKET
  )
    return -1;
  return st.end + 1;
}

function decodeApacheError(line: string, st: Stamp, after: number, out: DecodedLine): void {
  let p = after;
  let moduleName: string | undefined;
  let levelName = "";
  let pid: string | undefined;
  let client: string | undefined;
  while (line.charCodeAt(p) === Char.SPACE && line.charCodeAt(p + 1) === Char.LEFT_BRACKET) {
    const close = line.indexOf("]", p + 2);
    if (close < 0) break;
    const field = line.slice(p + 2, close);
    if (field.startsWith("pid ")) pid = field.slice(4);
    else if (field.startsWith("client ")) client = field.slice(7);
    else if (!levelName) {
      const colon = field.indexOf(":");
      moduleName = colon >= 0 ? field.slice(0, colon) : undefined;
      levelName = colon >= 0 ? field.slice(colon + 1) : field;
    } else break;
    p = close + 1;
  }
  out.timeText = line.slice(1, st.end);
  out.level =
    levelFromName(levelName.replace(/\d+$/, "")) ??
    (levelName.startsWith("trace") ? "trace" : undefined);
  out.message = line.slice(p + (line.charCodeAt(p) === Char.SPACE ? 1 : 0));
  out.attributes = { module: moduleName, pid, client };
}

export const apacheError: StatelessLineFormat = {
  id: "apache-error",
  label: "Apache error log",
  detectionOrder: 80,
  sample: [
    "[Sat Mar 14 10:12:03.123456 2026] [proxy_http:error] [pid 4421:tid 1] [client 10.0.0.9:5120] AH01102: error reading status line",
    "[Sat Mar 14 10:12:03.123501 2026] [proxy:error] [pid 4421:tid 1] AH00898: Error reading from remote server",
  ],
  test: (line) => /^\[(?:[A-Z][a-z]{2} ){2}[ \d]?\d \d\d:\d\d:\d\d(?:\.\d+)? \d{4}\] \[/.test(line),
  foldsAnything: false,
  isOrdered: true,
  scanTime: scanApacheError,
  decode: decodeApacheError,
};

const NGINX = /^ \[(\w+)\] (\d+)#(\d+): (?:\*(\d+) )?/;

function scanNginxError(line: string, st: Stamp, reader: StampReader): number {
  if (!reader.scanStamp(line, 0, st)) return -1;
  return NGINX.test(line.slice(st.end, st.end + 64)) ? st.end : -1;
}

function decodeNginxError(line: string, st: Stamp, _at: number, out: DecodedLine): void {
  const m = NGINX.exec(line.slice(st.end, st.end + 64)) ?? [""];
  out.timeText = line.slice(0, st.end);
  out.level = levelFromName(m[1] ?? "");
  out.message = line.slice(st.end + m[0].length);
  out.attributes = { pid: m[2], tid: m[3], connection: m[4] };
}

export const nginxError: StatelessLineFormat = {
  id: "nginx-error",
  label: "nginx error log",
  detectionOrder: 90,
  sample: [
    "2026/03/14 10:12:19 [error] 2211#2211: *918231 upstream timed out (110: Connection timed out) while reading response header from upstream",
    "2026/03/14 10:12:20 [warn] 2211#2211: *918240 an upstream response is buffered to a temporary file",
  ],
  test: (line) => /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[\w+\] \d+#\d+: /.test(line),
  foldsAnything: true,
  isOrdered: true,
  scanTime: scanNginxError,
  decode: decodeNginxError,
};
