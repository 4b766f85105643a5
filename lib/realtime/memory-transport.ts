// Live updates within one process: the transport contract, and its in-memory form (used on
// its own by a single instance, and by the Redis transport for its local listeners).
import { EventEmitter } from "node:events";
import type { PublishedChange } from "@/lib/realtime/incident-change";

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
