// JSON lines from structured loggers (pino, bunyan, winston, zap, logrus, ECS, Logstash,
// GCP Cloud Logging, Serilog/CLEF) and Docker's json-file driver. One JSON.parse per line;
// the field names are looked up in fields.ts.

import { sniffLevel } from "../levels";
import {
  emitFromTimeValue,
  setCommonFields,
  FieldScan,
  firstOf,
  stampFromTimeValue,
  timeOf,
  timeTextOf,
  TIME_KEYS,
} from "./fields";
import {
  ENTRY,
  HANDLED,
  NOT_ENTRY,
  type StatefulLineFormat,
  type StatelessLineFormat,
  type LineParser,
  type ParseContext,
} from "../line-format";
import { Char } from "../chars";

function looksLikeJsonObject(line: string): boolean {
  let p = 0;
  while (line.charCodeAt(p) === Char.SPACE || line.charCodeAt(p) === Char.TAB) p++;
  if (line.charCodeAt(p) !== Char.LEFT_BRACE) return false;
  let e = line.length - 1;
  while (e > p && (line.charCodeAt(e) === Char.SPACE || line.charCodeAt(e) === Char.TAB)) e--;
  return line.charCodeAt(e) === Char.RIGHT_BRACE;
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

// scanTime() parses the line; decode() of the same line, which follows at once when reading
// eagerly, reuses the object instead of parsing it twice.
let parsedLine: string | undefined;
let parsedObject: Record<string, unknown> | undefined;

function objectOf(line: string): Record<string, unknown> | undefined {
  if (line !== parsedLine) {
    parsedObject = parseObject(line);
    parsedLine = line;
  }
  return parsedObject;
}

const scan = new FieldScan();
let scannedObject: Record<string, unknown> | undefined;

/** The field scan of `obj`, read once for scanTime() and decode() of the same line. */
function scanOf(obj: Record<string, unknown>): FieldScan {
  if (obj !== scannedObject) {
    scan.read(obj);
    scannedObject = obj;
  }
  return scan;
}

export const jsonLines: StatelessLineFormat = {
  id: "json",
  label: "JSON lines",
  detectionOrder: 30,
  sample: [
    '{"level":30,"time":1773479398104,"pid":1,"hostname":"h6jzp","name":"checkout-web","msg":"payment started"}',
    '{"@timestamp":"2026-03-14T09:10:06.402Z","log.level":"INFO","message":"pool resized","service.name":"payments-api"}',
  ],
  test(line) {
    if (!looksLikeJsonObject(line)) return false;
    const obj = parseObject(line);
    return obj !== undefined && firstOf(obj, TIME_KEYS) !== undefined;
  },
  foldsAnything: false,
  isOrdered: true,
  scanTime(line, st, reader) {
    if (!looksLikeJsonObject(line)) return -1;
    const obj = objectOf(line);
    if (!obj) return -1;
    // A lite pass looks up the time keys alone. Time keys are never nested: the first present
    // one by rank is what a full scan picks, so both read the same time.
    if (reader.isLite) return stampFromTimeValue(timeOf(obj), st) ? 0 : -1;
    // Otherwise decode() follows: the one full scan serves both.
    return stampFromTimeValue(scanOf(obj).time, st) ? 0 : -1;
  },
  decode(line, _st, _at, out) {
    const obj = objectOf(line) ?? {};
    const scan = scanOf(obj);
    let level = scan.level;
    if (level === undefined && obj["@t"] !== undefined) level = "info"; // CLEF omits Information
    out.timeText = timeTextOf(scan.time);
    out.level = level;
    out.message = scan.message;
    setCommonFields(out, scan);
  },
  attributes: parseObject,
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
        return HANDLED;
      }
      const event = emitFromTimeValue(ctx, obj.time, lineNo, sniffLevel(text), text);
      if (!event) return NOT_ENTRY;
      event.attributes = obj;
      isOpen = !isComplete;
      return ENTRY;
    },
  };
}

export const dockerJson: StatefulLineFormat = {
  id: "docker-json",
  label: "Docker json-file",
  detectionOrder: 20,
  sample: [
    '{"log":"GET /healthz 200\\n","stream":"stdout","time":"2026-03-14T09:12:05.101884312Z"}',
    '{"log":"pool exhausted\\n","stream":"stderr","time":"2026-03-14T09:12:06.2Z"}',
  ],
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
