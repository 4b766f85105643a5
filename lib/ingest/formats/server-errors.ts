// Web-server error logs:
// Apache 2.4 "[Sat Mar 14 10:12:03.123456 2026] [proxy_http:error] [pid 4421(:tid 1)] [client …] msg"
// (2.2 writes "[error]" alone) and nginx "2026/03/14 10:12:19 [error] 2211#2211: *918231 msg".

import { levelFromName } from "../levels";
import { newStamp } from "../time/scan";
import {
  ENTRY,
  NOT_ENTRY,
  type LineFormat,
  type LineParser,
  type ParseContext,
} from "../line-format";
import { SPACE, LEFT_BRACKET, RIGHT_BRACKET } from "../chars";

function createApacheError(ctx: ParseContext): LineParser {
  const st = newStamp();
  return {
    parse(line, lineNo) {
      if (
        line.charCodeAt(0) !== LEFT_BRACKET ||
        !ctx.scanStamp(line, 1, st) ||
        line.charCodeAt(st.end) !== RIGHT_BRACKET
      )
        return NOT_ENTRY;
      let p = st.end + 1;
      let moduleName: string | undefined;
      let levelName = "";
      let pid: string | undefined;
      let client: string | undefined;
      while (line.charCodeAt(p) === SPACE && line.charCodeAt(p + 1) === LEFT_BRACKET) {
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
      const message = line.slice(p + (line.charCodeAt(p) === SPACE ? 1 : 0));
      const level =
        levelFromName(levelName.replace(/\d+$/, "")) ??
        (levelName.startsWith("trace") ? "trace" : undefined);
      const event = ctx.emit(st, line.slice(1, st.end), lineNo, level, message);
      event.attributes = { module: moduleName, pid, client };
      return ENTRY;
    },
  };
}

export const apacheError: LineFormat = {
  id: "apache-error",
  label: "Apache error log",
  test: (line) => /^\[(?:[A-Z][a-z]{2} ){2}[ \d]?\d \d\d:\d\d:\d\d(?:\.\d+)? \d{4}\] \[/.test(line),
  foldsAnything: false,
  refills: true,
  isOrdered: true,
  create: createApacheError,
};

const NGINX = /^ \[(\w+)\] (\d+)#(\d+): (?:\*(\d+) )?/;

function createNginxError(ctx: ParseContext): LineParser {
  const st = newStamp();
  return {
    parse(line, lineNo) {
      if (!ctx.scanStamp(line, 0, st)) return NOT_ENTRY;
      const m = NGINX.exec(line.slice(st.end, st.end + 64));
      if (!m) return NOT_ENTRY;
      const event = ctx.emit(
        st,
        line.slice(0, st.end),
        lineNo,
        levelFromName(m[1] ?? ""),
        line.slice(st.end + m[0].length),
      );
      event.attributes = { pid: m[2], tid: m[3], connection: m[4] };
      return ENTRY;
    },
  };
}

export const nginxError: LineFormat = {
  id: "nginx-error",
  label: "nginx error log",
  test: (line) => /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[\w+\] \d+#\d+: /.test(line),
  foldsAnything: true,
  refills: true,
  isOrdered: true,
  create: createNginxError,
};
