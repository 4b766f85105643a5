// The per-source report: counts, time range, and the assumptions in words.

import { FLAG_ORDER, flagsFromMask } from "./event";
import { PENDING_YEAR } from "./time/pending";
import type { SourceOutcome } from "./source";
import {
  UNPARSED_TEXT_CHARS,
  UNPARSED_TEXT_LINES,
  type AssumptionFlag,
  type SourceReport,
  type TraceReport,
} from "./types";

function iso(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms);
}

export function buildReport(outcome: SourceOutcome, traces: TraceReport | undefined): SourceReport {
  const { ctx } = outcome;
  let first = Infinity;
  let last = -Infinity;
  let maskUnion = 0;
  const flagCounts = new Map<AssumptionFlag, number>();
  // Masks are small bit sets: counted in an array indexed by the mask.
  const maskCounts = new Float64Array(1 << FLAG_ORDER.length);
  const times = ctx.times;
  const masks = ctx.masks;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    if (t < first) first = t;
    if (t > last) last = t;
    const mask = masks[i] ?? 0;
    maskCounts[mask] = (maskCounts[mask] ?? 0) + 1;
  }
  for (let mask = 1; mask < maskCounts.length; mask++) {
    const count = maskCounts[mask] as number;
    if (count === 0) continue;
    maskUnion |= mask;
    for (const flag of flagsFromMask(mask))
      flagCounts.set(flag, (flagCounts.get(flag) ?? 0) + count);
  }
  const flags = FLAG_ORDER.filter((f) => flagsFromMask(maskUnion).includes(f));
  const assumptions: string[] = [];
  const n = (flag: AssumptionFlag): number => flagCounts.get(flag) ?? 0;
  const years = [
    ...new Set(
      Array.from(ctx.time.pending.year.subarray(0, ctx.time.pending.length)).filter(
        (_, i) => ((ctx.time.pending.kind[i] ?? 0) & PENDING_YEAR) !== 0,
      ),
    ),
  ].sort();
  for (const flag of flags) {
    switch (flag) {
      case "zone-assumed":
        assumptions.push(`${n(flag)} timestamps carry no zone; read as ${ctx.zone}.`);
        break;
      case "year-inferred":
        assumptions.push(
          `${n(flag)} timestamps carry no year; inferred ${years.join(", ")} from the reference ${iso(ctx.reference)} (latest year not after it, with New Year rollover).`,
        );
        break;
      case "two-digit-year":
        assumptions.push(
          `${n(flag)} timestamps have two-digit years; read in the century closest to the reference.`,
        );
        break;
      case "day-month-guessed":
        assumptions.push(
          `${n(flag)} numeric dates could be day/month or month/day (no value above 12); read as month/day.`,
        );
        break;
      case "relative-time":
        assumptions.push(
          `${n(flag)} times are relative ages, counted back from the reference ${iso(ctx.reference)}.`,
        );
        break;
      case "out-of-order":
        assumptions.push(
          `${n(flag)} entries are earlier than an entry above them (kept in place, sorted by their own time).`,
        );
        break;
      case "truncated":
        // Lines, not events: one cut line can hold several events.
        assumptions.push(`${ctx.truncated.size} lines were longer than 64 KiB and were truncated.`);
        break;
    }
  }
  if (outcome.decisions.dayFirst !== undefined && !outcome.decisions.isDayFirstGuessed) {
    assumptions.push(
      `Numeric dates read as ${outcome.decisions.dayFirst ? "day/month" : "month/day"} (decided from the whole source).`,
    );
  }
  if (outcome.error)
    assumptions.push(`Parsing failed (${outcome.error}); every line is kept unparsed.`);
  const hasEvents = times.length > 0;
  return {
    name: ctx.name,
    format: outcome.format,
    confidence: outcome.confidence,
    counts: {
      lines: ctx.lines.length,
      events: times.length,
      folded: ctx.folded,
      unparsed: ctx.unparsed.length,
      skipped: ctx.skipped.length,
    },
    unparsedLines: ctx.unparsed,
    unparsedText: ctx.unparsed
      .slice(0, UNPARSED_TEXT_LINES)
      .map((line) => (ctx.lines.at(line - 1) ?? "").slice(0, UNPARSED_TEXT_CHARS)),
    skippedLines: ctx.skipped,
    first: hasEvents ? first : undefined,
    last: hasEvents ? last : undefined,
    flags,
    assumptions,
    traces,
  };
}
