// The one pub/sub boundary for live updates: data-layer functions publish what changed on
// an incident, and each open incident page's event stream (app/api/incidents/[reference]/live)
// subscribes to it. One process keeps the transport in memory, shared through globalThis so
// the Next bundles and the collaboration server see the same one; with DEBRIEF_REDIS_URL set,
// several app instances fan out through Redis pub/sub (redis-transport.ts). A PostgreSQL
// LISTEN/NOTIFY transport would sit beside it here, and nothing else would change.
import "server-only";
import { env } from "@/lib/env";
import type { IncidentChange, PublishedChange } from "@/lib/realtime/incident-change";
import { createMemoryTransport, type ChangeTransport } from "@/lib/realtime/memory-transport";
import { createRedisTransport } from "@/lib/realtime/redis-transport";

const globalKey = Symbol.for("debrief.realtime.transport");
type WithTransport = typeof globalThis & { [globalKey]?: ChangeTransport };

function transport(): ChangeTransport {
  const holder = globalThis as WithTransport;
  holder[globalKey] ??= createTransport();
  return holder[globalKey];
}

function createTransport(): ChangeTransport {
  const redisUrl = env().DEBRIEF_REDIS_URL;
  return redisUrl ? createRedisTransport(redisUrl) : createMemoryTransport();
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

export function subscribeToIncident(
  incidentId: string,
  listener: (change: PublishedChange) => void,
): () => void {
  return transport().subscribe(incidentId, listener);
}
