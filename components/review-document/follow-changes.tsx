"use client";

// Keeps the read view current: when someone saves the incident, its narrative, the
// timeline, notes, diagrams or a meeting, the page is fetched again (through the usual
// authorised render), so a reader follows along without reloading. A burst of changes
// (a meeting, an import) becomes one refresh.
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useIncidentChanges } from "@/components/live/incident-live";

const TOPICS = ["incident", "narrative", "timeline", "notes", "diagrams", "meeting"] as const;
const QUIET_MS = 1_500;

export function FollowChanges() {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useIncidentChanges(TOPICS, () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), QUIET_MS);
  });
  return null;
}
