// The action-items page's filters as they appear in the URL, validated. Pure. The page
// and the CSV export read the same filters, so an export is exactly what the page showed.
// A hand-edited URL is forgiven: a value that does not parse is ignored, not an error.
import { z } from "@/lib/validation/zod";
import { ACTION_ITEM_STATUSES } from "@/lib/incidents/schema";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const optionalDate = z
  .string()
  .trim()
  .regex(DATE)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);

export const actionItemFiltersSchema = z.object({
  // "mine", "none" (no owner yet) or a person's id.
  owner: z.string().trim().min(1).max(100).optional().catch(undefined),
  // A status, or "not_done" (open and in progress together).
  status: z
    .enum([...ACTION_ITEM_STATUSES, "not_done"])
    .optional()
    .catch(undefined),
  isOverdue: z.boolean().catch(false),
  dueAfter: optionalDate,
  dueBefore: optionalDate,
  // An incident reference, "INC-12".
  incident: z
    .string()
    .trim()
    .regex(/^INC-\d{1,9}$/i)
    .transform((value) => value.toUpperCase())
    .optional()
    .catch(undefined),
  service: z.string().trim().min(1).max(80).optional().catch(undefined),
});

export type ActionItemFilters = z.infer<typeof actionItemFiltersSchema>;
export type ActionItemStatusFilter = NonNullable<ActionItemFilters["status"]>;

export const STATUS_FILTER_LABELS: Record<ActionItemStatusFilter, string> = {
  not_done: "Not done",
  open: "Open",
  in_progress: "In progress",
  done: "Done",
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: Params, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

export function parseActionItemFilters(params: Params): ActionItemFilters {
  return actionItemFiltersSchema.parse({
    owner: read(params, "owner"),
    status: read(params, "status"),
    isOverdue: read(params, "due") === "overdue",
    dueAfter: read(params, "dueAfter"),
    dueBefore: read(params, "dueBefore"),
    incident: read(params, "incident"),
    service: read(params, "service"),
  });
}

/** The filters back as a query string ("" when none), for links and the export. */
export function actionItemFiltersQuery(filters: ActionItemFilters): string {
  const params = new URLSearchParams();
  if (filters.owner) params.set("owner", filters.owner);
  if (filters.status) params.set("status", filters.status);
  if (filters.isOverdue) params.set("due", "overdue");
  if (filters.dueAfter) params.set("dueAfter", filters.dueAfter);
  if (filters.dueBefore) params.set("dueBefore", filters.dueBefore);
  if (filters.incident) params.set("incident", filters.incident);
  if (filters.service) params.set("service", filters.service);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function hasActionItemFilters(filters: ActionItemFilters): boolean {
  return actionItemFiltersQuery(filters) !== "";
}

/** Overdue: due before today (in the viewer's zone) and not done. Dates are YYYY-MM-DD. */
export function isActionItemOverdue(dueDate: string, status: string, today: string): boolean {
  return dueDate !== "" && status !== "done" && dueDate < today;
}
