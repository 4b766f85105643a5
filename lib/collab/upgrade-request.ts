// What the collaboration endpoint reads from a WebSocket upgrade request: its cookies and
// headers in the shape readSession takes, and whether it came from one of the app's own
// pages (the same Origin rule as state-changing requests). Pure.
import type { IncomingHttpHeaders } from "node:http";
import { isSameOriginRequest } from "@/lib/http/same-origin";

export function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    const raw = part.slice(separator + 1).trim();
    if (name in cookies) continue;
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

// Browsers always send Origin on a WebSocket handshake, so a missing one is refused too: a
// page on another site could otherwise ride on the user's cookies (cross-site WebSocket
// hijacking).
export function isSameOriginUpgrade(headers: IncomingHttpHeaders, configuredUrl?: string): boolean {
  return isSameOriginRequest(new Headers(flatHeaders(headers)), configuredUrl);
}
