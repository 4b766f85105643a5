// java.util.logging SimpleFormatter (the JDK default): two lines per record,
// "Mar 14, 2026 9:10:06 AM com.example.Foo method" then "INFO: message".

import { levelFromName } from "../levels";
import { newStamp, scanTimestamp } from "../time/scan";
import {
  ENTRY,
  HANDLED,
  NOT_ENTRY,
  type StatefulLineFormat,
  type LineParser,
  type ParseContext,
} from "../line-format";
import { Char } from "../chars";

const LEVEL_LINE = /^(SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST): /;

function create(ctx: ParseContext): LineParser {
  const st = newStamp();
  let expectsLevel = false;
  return {
    parse(line, lineNo) {
      if (expectsLevel && ctx.current) {
        expectsLevel = false;
        const m = LEVEL_LINE.exec(line);
        if (m) {
          ctx.current.level = levelFromName(m[1] ?? "");
          ctx.current.message = line.slice(m[0].length);
          ctx.fold(lineNo);
          return HANDLED;
        }
      }
      if (!scanTimestamp(line, 0, st) || st.isYearMissing || line.charCodeAt(st.end) !== Char.SPACE)
        return NOT_ENTRY;
      const source = line.slice(st.end + 1);
      const event = ctx.emit(st, line.slice(0, st.end), lineNo, undefined, source);
      event.attributes = { source };
      expectsLevel = true;
      return ENTRY;
    },
  };
}

export const javaJul: StatefulLineFormat = {
  id: "java-jul",
  label: "java.util.logging (JDK default)",
  detectionOrder: 160,
  sample: [
    "Mar 14, 2026 9:10:06 AM com.example.payments.LedgerPool resize",
    "INFO: pool resized to 8",
    "Mar 14, 2026 9:11:41 AM com.example.payments.PayController pay",
    "SEVERE: request failed",
  ],
  test: (line) =>
    /^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d\d:\d\d [AP]M \S/.test(line) || LEVEL_LINE.test(line),
  foldsAnything: true,
  refills: false,
  isOrdered: true,
  create,
};
