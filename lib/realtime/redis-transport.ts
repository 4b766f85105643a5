// Live updates across several app instances: every instance publishes its changes to one
// Redis channel and hears everyone's, then hands each change to its own local listeners.
// One channel for all incidents keeps subscriptions trivial; each instance drops what no
// open page of its own is listening to. Redis being away loses live updates only (pages
// still show the truth on their next load), so errors are logged, never thrown at writers.
import "server-only";
import { Redis } from "ioredis";
import { createMemoryTransport, type ChangeTransport } from "@/lib/realtime/memory-transport";
import type { PublishedChange } from "@/lib/realtime/incident-change";

const CHANNEL = "debrief:incident-changes";

export interface RedisTransport extends ChangeTransport {
  ready: Promise<void>;
  close(): Promise<void>;
}

export function createRedisTransport(url: string): RedisTransport {
  const local = createMemoryTransport();
  const options = { maxRetriesPerRequest: null, lazyConnect: false } as const;
  const publisher = new Redis(url, options);
  const subscriber = new Redis(url, options);
  let lastError = "";
  const report = (error: Error) => {
    // A Redis that stays away would log every retry; once per distinct error is enough.
    if (error.message === lastError) return;
    lastError = error.message;
    console.error("[debrief] live updates: Redis unavailable", error.message);
  };
  publisher.on("error", report);
  subscriber.on("error", report);
  subscriber.on("message", (_channel: string, message: string) => {
    let change: PublishedChange;
    try {
      change = JSON.parse(message) as PublishedChange;
    } catch {
      return;
    }
    local.publish(change);
  });
  const ready = subscriber.subscribe(CHANNEL).then(() => undefined);
  return {
    ready,
    publish(change) {
      publisher.publish(CHANNEL, JSON.stringify(change)).catch(report);
    },
    subscribe: local.subscribe,
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
