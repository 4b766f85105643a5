// Is a state-changing request from one of the app's own pages? The browser names the page
// that sent it in `Origin` (or, failing that, `Referer`); it must be this app's host.
// The host the request was addressed to is the reference, as for Next's server actions
// (`X-Forwarded-Host` first, then `Host`): a page on another port or host never matches.
// A request that names no page at all is refused too: browsers always send one of the two
// on a cross-site write, so only a stripped request lacks both. Pure, no framework.

export const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

function hostOf(url: string | null): string | null {
  if (!url || url === "null") return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

export function isSameOriginRequest(headers: Headers, configuredUrl?: string): boolean {
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const ownHosts = new Set(
    [forwardedHost, headers.get("host"), configuredUrl ? hostOf(configuredUrl) : null]
      .filter((host): host is string => Boolean(host))
      .map((host) => host.toLowerCase()),
  );
  const origin = headers.get("origin");
  // An explicit Origin decides; Referer is only the fallback for when it is missing.
  const senderHost = origin !== null ? hostOf(origin) : hostOf(headers.get("referer"));
  return senderHost !== null && ownHosts.has(senderHost);
}
