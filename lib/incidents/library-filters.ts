// The incident library's filters as they appear in the URL, validated. Pure. The page
// forgives a hand-edited URL (an unknown value is ignored); the JSON route says what is
// wrong instead, so a script never mistakes an ignored filter for an empty result.
import { z } from "@/lib/validation/zod";
import { AppError } from "@/lib/errors";
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

const strictLabel = z.string().trim().min(1).max(80).optional();
const strictLibraryFiltersSchema = z.object({
  status: z.enum(STATUSES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  service: strictLabel,
  tag: strictLabel,
  q: z.string().trim().max(200).optional(),
  sort: z.enum(LIBRARY_SORTS).default("updated"),
});

export function parseLibraryFiltersStrictly(params: URLSearchParams): LibraryFilters {
  const parsed = strictLibraryFiltersSchema.safeParse({
    status: params.get("status") || undefined,
    severity: params.get("severity") || undefined,
    service: params.get("service") || undefined,
    tag: params.get("tag") || undefined,
    q: params.get("q") || undefined,
    sort: params.get("sort") || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.map(String).join(".") ?? "filter";
    throw new AppError("invalid_input", `"${name}" is not valid: ${issue?.message ?? ""}`.trim(), {
      fieldErrors: { [name]: [issue?.message ?? "Not valid."] },
    });
  }
  return parsed.data;
}
