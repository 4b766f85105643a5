"use client";

// "Times in: UTC / my zone / the incident's zone": the person's choice, saved on their
// account, so every page (timeline, overview, history, exports) shows the same zone. The
// page re-renders on the server after the change; the zone in use is named beside it.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { setDisplayZoneAction } from "@/app/account/actions";
import {
  DISPLAY_ZONE_CHOICES,
  DISPLAY_ZONE_LABELS,
  isDisplayZoneChoice,
  type DisplayZone,
} from "@/lib/time/display-zone";

export function DisplayZoneSwitch({
  display,
  viewerZone,
  incidentZone,
  isCompact = false,
}: {
  display: DisplayZone;
  viewerZone: string;
  /** The incident's own zone, when the switch sits on an incident's page. */
  incidentZone?: string | null;
  isCompact?: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const detail = (choice: (typeof DISPLAY_ZONE_CHOICES)[number]) => {
    if (choice === "own") return ` (${viewerZone})`;
    if (choice === "incident" && incidentZone !== undefined)
      return incidentZone ? ` (${incidentZone})` : " (not set: UTC)";
    return "";
  };
  return (
    <span className={`display-zone-switch${isCompact ? " is-compact" : ""}`}>
      <label htmlFor={id}>{isCompact ? "Times in" : "Show times in"}</label>
      <select
        id={id}
        data-testid="display-zone"
        value={display.choice}
        disabled={isPending}
        aria-describedby={`${id}-note`}
        onChange={(event) => {
          const value = event.target.value;
          if (!isDisplayZoneChoice(value)) return;
          setError(null);
          startTransition(async () => {
            const result = await setDisplayZoneAction({ displayZone: value });
            if (result.status === "error") setError(result.message);
            else router.refresh();
          });
        }}
      >
        {DISPLAY_ZONE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {DISPLAY_ZONE_LABELS[choice]}
            {detail(choice)}
          </option>
        ))}
      </select>
      <span id={`${id}-note`} className="muted small" data-testid="display-zone-note">
        {error ?? display.fallbackNote ?? (isPending ? "Saving…" : "")}
      </span>
    </span>
  );
}
