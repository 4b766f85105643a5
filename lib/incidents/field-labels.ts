// How incident fields are named to people, in the history and the conflict view.
export const INCIDENT_FIELD_LABELS: Record<string, string> = {
  title: "Title",
  severity: "Severity",
  status: "Status",
  visibility: "Visibility",
  incidentTimeZone: "Time zone",
  startedAt: "Started",
  detectedAt: "Detected",
  mitigatedAt: "Mitigated",
  resolvedAt: "Resolved",
  services: "Affected services",
  tags: "Tags",
  impact: "Impact",
  summary: "Summary",
  narrative: "Narrative",
  contributingFactors: "Contributing factors",
  luckyNotes: "Where we got lucky",
  actionItems: "Action items",
  participants: "Participants",
};

// A value as readable text: lists one per line, objects by their most telling field.
export function describeValue(value: unknown, nameOf: (id: string) => string = (id) => id): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (Array.isArray(value)) {
    if (value.length === 0) return "(none)";
    return value.map((item) => `• ${describeItem(item, nameOf)}`).join("\n");
  }
  return describeItem(value, nameOf);
}

function describeItem(item: unknown, nameOf: (id: string) => string): string {
  if (typeof item === "string") return item;
  if (typeof item === "number" || typeof item === "boolean") return String(item);
  if (item && typeof item === "object") {
    const record = item as Record<string, unknown>;
    if (typeof record.title === "string") {
      const owner = typeof record.ownerId === "string" ? `, owner ${nameOf(record.ownerId)}` : "";
      const due =
        typeof record.dueDate === "string" && record.dueDate ? `, due ${record.dueDate}` : "";
      const status = typeof record.status === "string" ? ` [${record.status}]` : "";
      return `${record.title}${owner}${due}${status}`;
    }
    if (typeof record.userId === "string")
      return `${nameOf(record.userId)} (${String(record.role)})`;
  }
  return JSON.stringify(item);
}
