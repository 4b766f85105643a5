"use client";
// For server-rendered views (notes, diagrams, the review): when someone else changes one of
// `topics`, fetch the page's data again in place (no reload, no lost scroll or input) and
// mark what changed. Bursts (an import's many events) are gathered into one refresh.
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { flashChanged } from "@/components/live/flash-changed";
import { useIncidentChanges } from "@/components/live/incident-live";
import type { ChangeTopic } from "@/lib/realtime/incident-change";

const GATHER_MS = 150;

export function LiveRefresh({ topics }: { topics: readonly ChangeTopic[] }) {
  const router = useRouter();
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; ids: string[] } | null>(null);
  useIncidentChanges(topics, (change) => {
    if (pending.current) {
      pending.current.ids.push(...change.ids);
      return;
    }
    pending.current = {
      ids: [...change.ids],
      timer: setTimeout(() => {
        const ids = pending.current?.ids ?? [];
        pending.current = null;
        router.refresh();
        flashChanged(ids);
      }, GATHER_MS),
    };
  });
  return null;
}
