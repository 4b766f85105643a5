// The incident library's filters as they appear in the URL, validated. Pure.
import { z } from "zod";
import { SEVERITIES, STATUSES } from "@/lib/incidents/schema";

export const LIBRARY_SORTS = ["updated", "started", "severity", "reference"] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];
export const LIBRARY_SORT_LABELS: Record<LibrarySort, string> = {
  updated: "Recently updated",
  started: "Most recent start",
  severity: "Most severe",
  reference: "Newest reference",
};

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);
const optionalLabel = z.string().trim().min(1).max(80).optional().catch(undefined);

export const libraryFiltersSchema = z.object({
  status: optionalEnum(STATUSES),
  severity: optionalEnum(SEVERITIES),
  service: optionalLabel,
  tag: optionalLabel,
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(LIBRARY_SORTS).catch("updated"),
});

export type LibraryFilters = z.infer<typeof libraryFiltersSchema>;

export function parseLibraryFilters(
  searchParams: Record<string, string | string[] | undefined>,
): LibraryFilters {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) || undefined;
  return libraryFiltersSchema.parse({
    status: first(searchParams.status),
    severity: first(searchParams.severity),
    service: first(searchParams.service),
    tag: first(searchParams.tag),
    q: first(searchParams.q),
    sort: first(searchParams.sort) ?? "updated",
  });
}
