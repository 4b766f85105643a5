// Live updates across app instances: two Redis transports stand for two processes; a change
// published by one reaches the other's listeners, for the right incident only. Needs the
// Redis every Debrief machine runs (127.0.0.1:6379); outside CI a machine without it skips.
import net from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createRedisTransport, type RedisTransport } from "@/lib/realtime/redis-transport";
import type { PublishedChange } from "@/lib/realtime/incident-change";

const REDIS_URL = process.env.DEBRIEF_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function isReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const hasRedis = Boolean(process.env.CI) || (await isReachable(REDIS_URL));
const transports: RedisTransport[] = [];
afterAll(async () => {
  await Promise.all(transports.map((transport) => transport.close()));
});

function change(incidentId: string, actorId: string): PublishedChange {
  return { incidentId, topic: "timeline", action: "edited", ids: ["e1"], actorId, at: Date.now() };
}

describe.skipIf(!hasRedis)("live updates through Redis", () => {
  it("reaches listeners on another instance, for their incident only", async () => {
    const first = createRedisTransport(REDIS_URL);
    const second = createRedisTransport(REDIS_URL);
    transports.push(first, second);
    await Promise.all([first.ready, second.ready]);
    const incidentId = `incident-${crypto.randomUUID()}`;
    const heard: PublishedChange[] = [];
    const other: PublishedChange[] = [];
    second.subscribe(incidentId, (received) => heard.push(received));
    second.subscribe(`${incidentId}-other`, (received) => other.push(received));

    first.publish(change(incidentId, "ann"));
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]).toMatchObject({ incidentId, actorId: "ann", ids: ["e1"] });
    expect(other).toHaveLength(0);
  });

  it("stops telling a listener once it unsubscribes", async () => {
    const first = createRedisTransport(REDIS_URL);
    transports.push(first);
    await first.ready;
    const incidentId = `incident-${crypto.randomUUID()}`;
    const heard: PublishedChange[] = [];
    const unsubscribe = first.subscribe(incidentId, (received) => heard.push(received));
    first.publish(change(incidentId, "a"));
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    unsubscribe();
    // A marker published after the second change shows it was delivered, or never will be:
    // one channel keeps its order.
    const marker: PublishedChange[] = [];
    first.subscribe(`${incidentId}-marker`, (received) => marker.push(received));
    first.publish(change(incidentId, "b"));
    first.publish(change(`${incidentId}-marker`, "c"));
    await vi.waitFor(() => expect(marker).toHaveLength(1));
    expect(heard).toHaveLength(1);
  });
});
