// The client address of the current request, for rate limits: the socket peer, or what our
// configured proxies forwarded (lib/auth/client-address.ts).
import "server-only";
import type { BlockList } from "node:net";
import { clientAddress, parseTrustedProxies } from "@/lib/auth/client-address";
import { env } from "@/lib/env";

let cachedProxies: BlockList | undefined;

export function requestAddress(headers: Record<string, unknown> | undefined): string {
  cachedProxies ??= parseTrustedProxies(env().DEBRIEF_TRUSTED_PROXIES);
  return clientAddress(headers, cachedProxies);
}
