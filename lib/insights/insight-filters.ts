// The Insights pages' choices as they appear in the URL, validated. Pure. The pages forgive
// a hand-edited URL (an unknown value falls back to the default); the CSV route says what
// is wrong instead, so a script never mistakes an ignored choice for real figures.
import { z } from "@/lib/validation/zod";
import { AppError } from "@/lib/errors";
import { THEME_NOTE_KINDS, type ThemeNoteKind } from "@/lib/insights/themes";
import { TREND_CHARTS, type TrendChart } from "@/lib/insights/trend-tables";

export const TREND_RANGES = ["12", "24", "all"] as const;
export type TrendRange = (typeof TREND_RANGES)[number];
export const TREND_RANGE_LABELS: Record<TrendRange, string> = {
  "12": "Last 12 months",
  "24": "Last 24 months",
  all: "All time",
};

export const THEME_KIND_LABELS: Record<ThemeNoteKind, string> = {
  factor: "Contributing factors",
  surprise: "Surprises",
  lucky: "Where we got lucky",
};
export const THEME_KIND_SINGULAR: Record<ThemeNoteKind, string> = {
  factor: "Contributing factor",
  surprise: "Surprise",
  lucky: "Lucky",
};

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;

export function parseTrendRange(searchParams: SearchParams): TrendRange {
  return z
    .enum(TREND_RANGES)
    .catch("12")
    .parse(first(searchParams.range) ?? "12");
}

export function parseThemeKind(searchParams: SearchParams): ThemeNoteKind | undefined {
  return z.enum(THEME_NOTE_KINDS).optional().catch(undefined).parse(first(searchParams.kind));
}

/** The CSV route's chart and range; anything unknown is a 400 that names the choices. */
export function parseTrendDownload(
  chart: string,
  range: string | null,
): { chart: TrendChart; range: TrendRange } {
  const parsedChart = z.enum(TREND_CHARTS).safeParse(chart);
  if (!parsedChart.success) {
    throw new AppError(
      "invalid_input",
      `There is no chart "${chart}". Choose one of: ${TREND_CHARTS.join(", ")}.`,
    );
  }
  const parsedRange = z.enum(TREND_RANGES).safeParse(range ?? "12");
  if (!parsedRange.success) {
    throw new AppError(
      "invalid_input",
      `Use range=12, range=24 or range=all (it was "${range ?? ""}").`,
    );
  }
  return { chart: parsedChart.data, range: parsedRange.data };
}
