"use client";
// One live-update stream per open incident page, shared by every view on it: the provider
// (in the incident layout) listens to /api/incidents/<ref>/live, and views subscribe to the
// topics they show with `useIncidentChanges`. Changes made by the viewer themself are not
// passed on: their own page has already updated. EventSource reconnects by itself; while it
// is away a quiet note says so.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { ChangeTopic, PublishedChange } from "@/lib/realtime/incident-change";

type Listener = (change: PublishedChange) => void;

interface LiveContext {
  subscribe(listener: Listener): () => void;
  viewerId: string;
}

const IncidentLiveContext = createContext<LiveContext | null>(null);

export function IncidentLiveProvider({
  reference,
  viewerId,
  children,
}: {
  reference: string;
  viewerId: string;
  children: ReactNode;
}) {
  const listeners = useRef(new Set<Listener>());
  const [isAway, setIsAway] = useState(false);
  const [context] = useState<LiveContext>(() => ({
    subscribe(listener) {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
    viewerId,
  }));

  useEffect(() => {
    const source = new EventSource(`/api/incidents/${encodeURIComponent(reference)}/live`);
    // A short drop (a deploy, a laptop waking up) is not worth a message; a long one is.
    let awayTimer: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener("ready", () => {
      clearTimeout(awayTimer);
      setIsAway(false);
    });
    source.addEventListener("error", () => {
      clearTimeout(awayTimer);
      awayTimer = setTimeout(() => setIsAway(true), 4000);
    });
    source.addEventListener("change", (event) => {
      let change: PublishedChange;
      try {
        change = JSON.parse((event as MessageEvent<string>).data) as PublishedChange;
      } catch {
        return;
      }
      if (change.actorId === viewerId) return;
      for (const listener of listeners.current) listener(change);
    });
    return () => {
      clearTimeout(awayTimer);
      source.close();
    };
  }, [reference, viewerId]);

  return (
    <IncidentLiveContext.Provider value={context}>
      {isAway && (
        <p className="live-away muted" role="status">
          Live updates paused: reconnecting. Reload to see the latest.
        </p>
      )}
      {children}
    </IncidentLiveContext.Provider>
  );
}

// Calls `onChange` for every change to one of `topics` made by someone else. The latest
// handler is always used, so callers need not memoise it.
export function useIncidentChanges(
  topics: readonly ChangeTopic[],
  onChange: (change: PublishedChange) => void,
): void {
  const context = useContext(IncidentLiveContext);
  const handler = useRef(onChange);
  useEffect(() => {
    handler.current = onChange;
  });
  const topicKey = topics.join(",");
  useEffect(() => {
    if (!context) return;
    const wanted = new Set(topicKey.split(","));
    return context.subscribe((change) => {
      if (wanted.has(change.topic)) handler.current(change);
    });
  }, [context, topicKey]);
}

export function useLiveViewerId(): string | null {
  return useContext(IncidentLiveContext)?.viewerId ?? null;
}
