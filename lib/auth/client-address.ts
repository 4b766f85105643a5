// The address a request comes from, for rate limits. The socket peer is the truth; a
// client can write any X-Forwarded-For it likes, so that header is believed only when the
// peer is one of our own proxies (DEBRIEF_TRUSTED_PROXIES). scripts/serve.mjs passes the
// socket address in PEER_ADDRESS_HEADER, overwriting whatever the client sent.
import { BlockList, isIP } from "node:net";

export const PEER_ADDRESS_HEADER = "x-debrief-peer-address";
export const UNKNOWN_ADDRESS = "unknown";

// "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1.
function normaliseAddress(value: string): string {
  const trimmed = value.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

function familyOf(address: string): "ipv4" | "ipv6" | null {
  const version = isIP(address);
  return version === 4 ? "ipv4" : version === 6 ? "ipv6" : null;
}

// Parses "10.0.0.1, 10.1.0.0/16, fd00::/8"; throws a readable error on a bad entry.
export function parseTrustedProxies(list: string | undefined): BlockList {
  const trusted = new BlockList();
  for (const entry of (list ?? "").split(",").map((part) => part.trim())) {
    if (!entry) continue;
    const [rawAddress = "", prefixText] = entry.split("/");
    const address = normaliseAddress(rawAddress);
    const family = familyOf(address);
    if (!family) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    if (prefixText === undefined) {
      trusted.addAddress(address, family);
      continue;
    }
    const prefix = Number(prefixText);
    const maxPrefix = family === "ipv4" ? 32 : 128;
    if (!/^\d+$/.test(prefixText) || prefix > maxPrefix)
      throw new Error(`"${entry}" has a bad prefix length (0 to ${maxPrefix})`);
    trusted.addSubnet(address, prefix, family);
  }
  return trusted;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const family = familyOf(address);
  return family !== null && trusted.check(address, family);
}

export function clientAddress(
  headers: Record<string, unknown> | undefined,
  trusted: BlockList,
): string {
  const peerHeader = headers?.[PEER_ADDRESS_HEADER];
  const peer = typeof peerHeader === "string" ? normaliseAddress(peerHeader) : "";
  if (!familyOf(peer)) return UNKNOWN_ADDRESS;
  if (!isTrusted(trusted, peer)) return peer;
  // Behind our proxies: each hop appends the address it saw, so read from the right and
  // skip our own proxies; the first other address is the client.
  const forwarded = headers?.["x-forwarded-for"];
  const hops = (typeof forwarded === "string" ? forwarded.split(",") : [])
    .map(normaliseAddress)
    .filter((hop) => familyOf(hop) !== null);
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index];
    if (hop !== undefined && !isTrusted(trusted, hop)) return hop;
  }
  return hops[0] ?? peer;
}
