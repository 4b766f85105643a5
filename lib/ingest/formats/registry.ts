// The one list of formats. Line formats come most specific first: detection tries their
// whole-source hooks in this order, then counts the lines each format's test() accepts and
// breaks ties by this order, so a format that also matches another's lines (Go log vs nginx
// error, plain timestamps vs everything) comes after it. Document formats are whole-text JSON
// documents, told apart by their shape (document-shapes.ts).

import type { LineFormat } from "../line-format";
import type { DocumentFormatId, FormatId, LineFormatId } from "../types";
import { accessCombined, accessCommon } from "./access";
import { cri } from "./cri";
import { csv } from "./csv";
import { javaJul } from "./java-jul";
import { dockerJson, jsonLines } from "./json-lines";
import { k8sEvents } from "./k8s-events";
import { glog, klog } from "./klog";
import { logcat } from "./logcat";
import { logfmt } from "./logfmt";
import { otlpJsonl } from "./otlp-jsonl";
import { goLog, java, python, rubyLogger, timestamped } from "./prefixed";
import { apacheError, nginxError } from "./server-errors";
import { slack } from "./slack";
import { syslog3164, syslog5424 } from "./syslog";

export const LINE_FORMATS: readonly LineFormat[] = [
  otlpJsonl,
  dockerJson,
  jsonLines,
  syslog5424,
  syslog3164,
  accessCombined,
  accessCommon,
  apacheError,
  nginxError,
  cri,
  klog,
  glog,
  python,
  rubyLogger,
  java,
  javaJul,
  goLog,
  logcat,
  logfmt,
  k8sEvents,
  timestamped,
  slack,
  csv,
];

export interface DocumentFormat {
  id: DocumentFormatId;
  label: string;
}

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  { id: "jaeger", label: "Jaeger JSON" },
  { id: "zipkin", label: "Zipkin v2 JSON" },
  { id: "otlp-traces", label: "OTLP/JSON traces" },
  { id: "otlp-logs", label: "OTLP/JSON logs" },
  { id: "json-array", label: "JSON export of log objects" },
];

const byId = new Map<string, LineFormat>(LINE_FORMATS.map((f) => [f.id, f]));
const documentIds = new Set<string>(DOCUMENT_FORMATS.map((f) => f.id));

export function lineFormatById(id: LineFormatId | string): LineFormat | undefined {
  return byId.get(id);
}

export function isDocumentFormat(id: FormatId): id is DocumentFormatId {
  return documentIds.has(id);
}
