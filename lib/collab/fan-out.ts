// The one place that decides how co-editing updates reach clients connected to other app
// processes. One process (the default) needs nothing: Hocuspocus fans out in memory. With
// DEBRIEF_REDIS_URL set, every instance publishes its documents' updates and awareness
// through Redis, so several app instances behind one load balancer edit the same document.
// (A PostgreSQL LISTEN/NOTIFY transport would be another branch here.)
import type { Extension } from "@hocuspocus/server";
import { Redis } from "@hocuspocus/extension-redis";

export function collabFanOut(redisUrl: string | undefined): Extension[] {
  if (!redisUrl) return [];
  const url = new URL(redisUrl);
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") {
    throw new Error(`DEBRIEF_REDIS_URL must be a redis:// or rediss:// URL, not "${redisUrl}".`);
  }
  const database = url.pathname.replace(/^\//, "");
  return [
    new Redis({
      host: url.hostname,
      port: Number(url.port || "6379"),
      prefix: "debrief-collab",
      options: {
        username: url.username ? decodeURIComponent(url.username) : undefined,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        db: database ? Number(database) : 0,
        tls: url.protocol === "rediss:" ? {} : undefined,
      },
    }),
  ];
}
