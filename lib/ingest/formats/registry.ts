// All line formats, most specific first: detection breaks ties by this order, so a format
// that also matches another's lines (Go log vs nginx error, plain timestamps vs everything)
// comes after it.

import { accessCombined, accessCommon } from "./access";
import { cri } from "./cri";
import { csv } from "./csv";
import type { LineFormat } from "../line-format";
import { javaJul } from "./java-jul";
import { dockerJson, jsonLines } from "./json-lines";
import { k8sEvents } from "./k8s-events";
import { glog, klog } from "./klog";
import { logfmt } from "./logfmt";
import { goLog, java, python, rubyLogger, timestamped } from "./prefixed";
import { apacheError, nginxError } from "./server-errors";
import { slack } from "./slack";
import { syslog3164, syslog5424 } from "./syslog";
import type { LineFormatId } from "../types";

export const DETECTABLE_LINE_FORMATS: readonly LineFormat[] = [
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
  logfmt,
  k8sEvents,
  timestamped,
];

const ALL: readonly LineFormat[] = [...DETECTABLE_LINE_FORMATS, csv, slack];

export function lineFormatById(id: string): LineFormat | undefined {
  return ALL.find((f) => f.id === (id as LineFormatId));
}

export { csv, slack, timestamped };
