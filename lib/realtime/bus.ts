// The one pub/sub boundary for live updates: data-layer functions publish what changed on
// an incident, and each open incident page's event stream (app/api/incidents/[reference]/live)
// subscribes to it. Today the transport is this process's memory, shared through globalThis
// so the Next bundles and the collaboration server see the same one; a deployment with
// several app instances swaps in a transport that fans out across processes (Redis pub/sub
// or PostgreSQL LISTEN/NOTIFY) here, and nothing else changes.
import "server-only";
import { EventEmitter } from "node:events";
import type { IncidentChange, PublishedChange } from "@/lib/realtime/incident-change";

type Listener = (change: PublishedChange) => void;

export interface ChangeTransport {
  publish(change: PublishedChange): void;
  subscribe(incidentId: string, listener: Listener): () => void;
}

export function createMemoryTransport(): ChangeTransport {
  const emitter = new EventEmitter();
  // Every open incident page holds a listener; hundreds are normal, not a leak.
  emitter.setMaxListeners(0);
  return {
    publish(change) {
      emitter.emit(change.incidentId, change);
    },
    subscribe(incidentId, listener) {
      emitter.on(incidentId, listener);
      return () => emitter.off(incidentId, listener);
    },
  };
}

const globalKey = Symbol.for("debrief.realtime.transport");
type WithTransport = typeof globalThis & { [globalKey]?: ChangeTransport };

function transport(): ChangeTransport {
  const holder = globalThis as WithTransport;
  holder[globalKey] ??= createMemoryTransport();
  return holder[globalKey];
}

// Tests and the multi-instance setup replace the transport before the first publish.
export function setChangeTransport(next: ChangeTransport): void {
  (globalThis as WithTransport)[globalKey] = next;
}

// Publishing never fails the write that caused it: a live update is a courtesy, the data is
// already saved, and the next page load shows it anyway.
export function publishIncidentChange(incidentId: string, change: IncidentChange): void {
  try {
    transport().publish({ ...change, incidentId, at: Date.now() });
  } catch (error) {
    console.error("[debrief] live update not sent", { incidentId, topic: change.topic, error });
  }
}

export function subscribeToIncident(incidentId: string, listener: Listener): () => void {
  return transport().subscribe(incidentId, listener);
}
