// A history entry's changes as people read them: field labels instead of keys, names instead
// of ids, an event by its time and words instead of its id, a language note by the words it
// was about. Pure: the page supplies names, events and the time format.
import { describeValue, INCIDENT_FIELD_LABELS } from "@/lib/incidents/field-labels";
import type { FieldChanges } from "@/lib/audit/diff-values";
import { RULES } from "@/lib/language";
import { KEY_MOMENT_LABELS, type KeyMomentKind } from "@/lib/evidence/evidence-input";

export interface HistoryRow {
  label: string;
  /** Null when the change has no "before" worth showing (an addition, a one-off action). */
  from: string | null;
  to: string;
}

export interface HistoryContext {
  nameOf: (userId: string) => string;
  /** An instant (ISO text) in the reader's zone, with the zone named. */
  formatTime: (iso: string) => string;
  eventOf: (eventId: string) => { time: string; service: string | null; message: string } | null;
}

const TIMELINE_LABELS: Record<string, string> = {
  event: "Event",
  time: "Time",
  message: "Message",
  service: "Service",
  level: "Level",
  keyMoment: "Key moment",
  keyMomentNote: "Key-moment note",
  evidence: "Evidence",
  hidden: "Hidden",
  "shown again": "Shown again",
  filter: "Matching",
  title: "Title",
  moment: "Moment",
  momentTime: "Moment time",
  visibility: "Who can see it",
  components: "Components",
  connections: "Connections",
  alias: "Alias",
  sections: "Sections",
  anchoredAt: "Moment",
  learnedLater: "Learned later",
  calibratedAt: "Confirmed by the participant",
  importedFrom: "Imported from",
  peopleWithoutAccount: "Kept by name (no account here)",
};

// Ids that name the record an entry is about; the entry's other rows say what it is.
const ID_FIELDS = new Set(["diagram", "note"]);

const RULE_TITLES = new Map(RULES.map((rule) => [rule.id, rule.title]));
const EXCERPT = 140;

export function describeChanges(
  action: string,
  changes: FieldChanges,
  context: HistoryContext,
): HistoryRow[] {
  if (action === "language.dismissed") {
    return Object.entries(changes).map(([ruleId, change]) => ({
      label: `Language note: ${RULE_TITLES.get(ruleId) ?? "wording"}`,
      from: null,
      to: `“${text(change.from)}” — dismissed${reasonOf(change.to)}`,
    }));
  }
  if (action === "language.restored") {
    return [{ label: "Language note", from: null, to: "shown again" }];
  }
  return Object.entries(changes).flatMap(([field, change]) => {
    if (ID_FIELDS.has(field)) return [];
    const label = INCIDENT_FIELD_LABELS[field] ?? TIMELINE_LABELS[field] ?? humanize(field);
    const show = (value: unknown) => describeField(field, value, context);
    const isAddition = change.from === null || change.from === undefined || change.from === "";
    if (field === "event") {
      // An event is named once: by what it is now (edited) or what it was (deleted).
      return [{ label, from: null, to: show(change.to ?? change.from) }];
    }
    return [{ label, from: isAddition ? null : show(change.from), to: show(change.to) }];
  });
}

function describeField(field: string, value: unknown, context: HistoryContext): string {
  if (value === null || value === undefined || value === "") return "(none)";
  if (field === "event" && typeof value === "string") {
    const event = context.eventOf(value);
    if (!event) return "an event that no longer exists";
    const service = event.service ? ` · ${event.service}` : "";
    return `${context.formatTime(event.time)}${service} · ${shorten(event.message)}`;
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (field === "keyMoment" && typeof value === "string") {
    return KEY_MOMENT_LABELS[value as KeyMomentKind] ?? value;
  }
  if ((field === "time" || field.endsWith("At")) && typeof value === "string") {
    return Number.isNaN(Date.parse(value)) ? value : context.formatTime(value);
  }
  if (field === "filter" && typeof value === "object") return describeFilter(value);
  if (field === "message" && typeof value === "string") return shorten(value);
  return describeValue(value, context.nameOf);
}

function describeFilter(filter: object): string {
  const record = filter as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof record.service === "string" && record.service) parts.push(`service ${record.service}`);
  if (typeof record.level === "string" && record.level) parts.push(`level ${record.level}`);
  if (typeof record.sourceId === "string" && record.sourceId) parts.push("one source");
  if (typeof record.keyMoment === "string" && record.keyMoment) {
    parts.push(
      record.keyMoment === "any"
        ? "key moments"
        : `key moment ${KEY_MOMENT_LABELS[record.keyMoment as KeyMomentKind] ?? record.keyMoment}`,
    );
  }
  if (typeof record.text === "string" && record.text.trim()) parts.push(`“${record.text.trim()}”`);
  return parts.length > 0 ? parts.join(", ") : "every event";
}

function reasonOf(value: unknown): string {
  const reason = text(value);
  return reason && reason !== "(no reason given)" ? `: ${reason}` : " (no reason given)";
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function shorten(value: string): string {
  const line = value.replace(/\s+/g, " ").trim();
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1)}…` : line;
}

// camelCase or snake_case keys nobody labelled yet still read as words.
function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
