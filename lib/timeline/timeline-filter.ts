// The filter of the timeline view: shared by the list, the bulk "hide" action and the
// exports, so "hide what I am looking at" hides exactly what is shown.
import { z } from "@/lib/validation/zod";
import { KEY_MOMENT_KINDS } from "@/lib/evidence/evidence-input";

export const timelineFilterSchema = z.object({
  service: z.string().max(200).optional(),
  sourceId: z.string().max(40).optional(),
  level: z.string().max(20).optional(),
  keyMoment: z.enum(["any", ...KEY_MOMENT_KINDS]).optional(),
  text: z.string().max(500).optional(),
  includeHidden: z.boolean().optional(),
  // The bin: soft-deleted events, to restore them.
  isDeletedView: z.boolean().optional(),
});
export type TimelineFilter = z.infer<typeof timelineFilterSchema>;

// The filter as the URL spells it (?service=…&q=…&hidden=1), before validation.
export function filterInputFromSearchParams(params: URLSearchParams): Record<string, unknown> {
  return {
    service: params.get("service") || undefined,
    sourceId: params.get("source") || undefined,
    level: params.get("level") || undefined,
    keyMoment: params.get("keyMoment") || undefined,
    text: params.get("q") || undefined,
    includeHidden: params.get("hidden") === "1" || undefined,
    isDeletedView: params.get("deleted") === "1" || undefined,
  };
}

export function filterFromSearchParams(params: URLSearchParams): TimelineFilter {
  const parsed = timelineFilterSchema.safeParse(filterInputFromSearchParams(params));
  return parsed.success ? parsed.data : {};
}

export function filterToSearchParams(filter: TimelineFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.service) params.set("service", filter.service);
  if (filter.sourceId) params.set("source", filter.sourceId);
  if (filter.level) params.set("level", filter.level);
  if (filter.keyMoment) params.set("keyMoment", filter.keyMoment);
  if (filter.text) params.set("q", filter.text);
  if (filter.includeHidden) params.set("hidden", "1");
  if (filter.isDeletedView) params.set("deleted", "1");
  return params;
}
