"use client";

// The first card of the Overview: title, severity, status, visibility, milestones (in the
// editor's zone), affected services and tags.
import { useSyncExternalStore } from "react";
import { FieldError } from "@/components/forms/field-error";
import { LabelListInput } from "@/components/incidents/label-list-input";
import {
  SEVERITIES,
  SEVERITY_LABELS,
  STATUSES,
  STATUS_LABELS,
  type IncidentInput,
} from "@/lib/incidents/schema";
import { knownTimeZones } from "@/lib/time/display-zone";

const MILESTONES = [
  ["startedAt", "Started"],
  ["detectedAt", "Detected"],
  ["mitigatedAt", "Mitigated"],
  ["resolvedAt", "Resolved"],
] as const;

export function IncidentBasicsFields({
  values,
  set,
  errors,
}: {
  values: IncidentInput;
  set: <K extends keyof IncidentInput>(field: K, value: IncidentInput[K]) => void;
  errors: Record<string, string[]>;
}) {
  const error = (field: string) => errors[field];
  const invalid = (field: string) => (errors[field] ? true : undefined);
  // The browser's own list of zones, after hydration (the server's list may differ).
  const zones = useSyncExternalStore(subscribeToNothing, browserZones, noZones);
  return (
    <div className="card stack">
      <div className="field">
        <label htmlFor="title">Title</label>
        <input
          id="title"
          value={values.title}
          onChange={(event) => set("title", event.target.value)}
          aria-invalid={invalid("title")}
          aria-describedby="title-error"
          placeholder="e.g. Checkout failures after ledger pool change"
        />
        <FieldError id="title-error" messages={error("title")} />
      </div>
      <div className="grid-4">
        <div className="field">
          <label htmlFor="severity">Severity</label>
          <select
            id="severity"
            value={values.severity}
            onChange={(event) => set("severity", event.target.value as IncidentInput["severity"])}
          >
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {SEVERITY_LABELS[severity]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select
            id="status"
            value={values.status}
            onChange={(event) => set("status", event.target.value as IncidentInput["status"])}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="visibility">Visibility</label>
          <select
            id="visibility"
            value={values.visibility}
            onChange={(event) =>
              set("visibility", event.target.value as IncidentInput["visibility"])
            }
          >
            <option value="workspace">Whole workspace</option>
            <option value="restricted">Restricted to participants and admins</option>
          </select>
        </div>
      </div>
      <div className="field incident-zone-field">
        <label htmlFor="incidentTimeZone">
          Incident time zone <span className="hint">where it happened; optional</span>
        </label>
        <input
          id="incidentTimeZone"
          list="incident-time-zones"
          value={values.incidentTimeZone ?? ""}
          onChange={(event) => set("incidentTimeZone", event.target.value)}
          aria-invalid={invalid("incidentTimeZone")}
          aria-describedby="incidentTimeZone-error"
          placeholder="e.g. Europe/Berlin"
          autoComplete="off"
          spellCheck={false}
        />
        <datalist id="incident-time-zones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FieldError id="incidentTimeZone-error" messages={error("incidentTimeZone")} />
      </div>
      <div className="grid-4">
        {MILESTONES.map(([field, label]) => (
          <div className="field" key={field}>
            <label htmlFor={field}>
              {label} <span className="hint">({values.timeZone})</span>
            </label>
            <input
              id={field}
              type="datetime-local"
              value={values[field]}
              onChange={(event) => set(field, event.target.value)}
              aria-invalid={invalid(field)}
              aria-describedby={`${field}-error`}
            />
            <FieldError id={`${field}-error`} messages={error(field)} />
          </div>
        ))}
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="services">
            Affected services <span className="hint">comma-separated</span>
          </label>
          <LabelListInput
            id="services"
            value={values.services}
            onChange={(list) => set("services", list)}
            placeholder="payments-api, ledger-db"
            invalid={Boolean(error("services"))}
          />
          <FieldError id="services-error" messages={error("services")} />
        </div>
        <div className="field">
          <label htmlFor="tags">
            Tags <span className="hint">comma-separated</span>
          </label>
          <LabelListInput
            id="tags"
            value={values.tags}
            onChange={(list) => set("tags", list)}
            placeholder="feature-flag, database"
            invalid={Boolean(error("tags"))}
          />
          <FieldError id="tags-error" messages={error("tags")} />
        </div>
      </div>
    </div>
  );
}

const NO_ZONES: string[] = [];
let cachedZones: string[] | null = null;
function browserZones(): string[] {
  cachedZones ??= knownTimeZones();
  return cachedZones;
}
function noZones(): string[] {
  return NO_ZONES;
}
function subscribeToNothing(): () => void {
  return () => {};
}
