// JSON lines from structured loggers (pino, bunyan, winston, zap, logrus, ECS, Logstash,
// GCP Cloud Logging, Serilog/CLEF) and Docker's json-file driver. One JSON.parse per line;
// the field names are looked up in fields.ts.

import { sniffLevel } from "../levels";
import {
  applyCommonFields,
  emitFromTimeValue,
  FieldScan,
  firstOf,
  timeOf,
  TIME_KEYS,
} from "./fields";
import {
  ENTRY,
  NOT_ENTRY,
  type LineFormat,
  type LineParser,
  type ParseContext,
} from "../line-format";
import { TAB, SPACE, LEFT_BRACE, RIGHT_BRACE } from "../chars";

function looksLikeJsonObject(line: string): boolean {
  let p = 0;
  while (line.charCodeAt(p) === SPACE || line.charCodeAt(p) === TAB) p++;
  if (line.charCodeAt(p) !== LEFT_BRACE) return false;
  let e = line.length - 1;
  while (e > p && (line.charCodeAt(e) === SPACE || line.charCodeAt(e) === TAB)) e--;
  return line.charCodeAt(e) === RIGHT_BRACE;
}

function parseObject(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (value && typeof value === "object" && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Not JSON after all; the driver reports the line as unparsed.
  }
  return undefined;
}

function createJsonParser(ctx: ParseContext): LineParser {
  const scan = new FieldScan();
  return {
    parse(line, lineNo) {
      if (!looksLikeJsonObject(line)) return NOT_ENTRY;
      const obj = parseObject(line);
      if (!obj) return NOT_ENTRY;
      if (ctx.isLite) {
        // Time keys are never nested: the first present one by rank is what the scan picks.
        return emitFromTimeValue(ctx, timeOf(obj), lineNo, undefined, "") ? ENTRY : NOT_ENTRY;
      }
      scan.read(obj);
      let level = scan.level;
      if (level === undefined && obj["@t"] !== undefined) level = "info"; // CLEF omits Information
      const event = emitFromTimeValue(ctx, scan.time, lineNo, level, scan.message);
      if (!event) return NOT_ENTRY;
      // Lines read from the source re-parse on demand; objects from JSON arrays keep theirs.
      applyCommonFields(event, obj, scan, ctx.isSourceLine(line, lineNo) ? parseObject : undefined);
      return ENTRY;
    },
  };
}

export const jsonLines: LineFormat = {
  id: "json",
  label: "JSON lines",
  test(line) {
    if (!looksLikeJsonObject(line)) return false;
    const obj = parseObject(line);
    return obj !== undefined && firstOf(obj, TIME_KEYS) !== undefined;
  },
  foldsAnything: false,
  refills: true,
  isOrdered: true,
  create: createJsonParser,
};

// Docker json-file: {"log":"text\n","stream":"stdout","time":"…Z"}. Lines of one message split
// at 16 KiB arrive as several records without a trailing "\n"; they fold into the first.
function createDockerParser(ctx: ParseContext): LineParser {
  let isOpen = false;
  return {
    parse(line, lineNo) {
      if (!looksLikeJsonObject(line)) return NOT_ENTRY;
      const obj = parseObject(line);
      if (!obj || typeof obj.log !== "string") return NOT_ENTRY;
      const log = obj.log;
      const isComplete = log.endsWith("\n");
      const text = isComplete ? log.slice(0, -1) : log;
      if (isOpen && ctx.current) {
        ctx.current.message += text;
        ctx.fold(lineNo);
        isOpen = !isComplete;
        return 2;
      }
      const event = emitFromTimeValue(ctx, obj.time, lineNo, sniffLevel(text), text);
      if (!event) return NOT_ENTRY;
      event.attributes = obj;
      isOpen = !isComplete;
      return ENTRY;
    },
  };
}

export const dockerJson: LineFormat = {
  id: "docker-json",
  label: "Docker json-file",
  test(line) {
    return (
      looksLikeJsonObject(line) &&
      line.includes('"log"') &&
      line.includes('"stream"') &&
      line.includes('"time"')
    );
  },
  foldsAnything: false,
  refills: false,
  isOrdered: true,
  create: createDockerParser,
};
