// Where to send someone after signing in. Only a path on this app is accepted, so a
// crafted link cannot bounce people to another site. Browsers drop tabs and newlines
// inside URLs and read "\" as "/", so "/\t/evil.example" or "/\evil.example" would become
// "//evil.example" (another host): such values are refused, and whatever is accepted is
// resolved against a fixed origin and must stay on it.
const FIXED_ORIGIN = "http://debrief.invalid";
const MAX_LENGTH = 2048;
// C0 controls (tab, newline, carriage return…), DEL and the C1 controls.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

export const DEFAULT_RETURN_PATH = "/incidents";

export function safeReturnPath(
  value: string | undefined | null,
  fallback = DEFAULT_RETURN_PATH,
): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (CONTROL_CHARACTERS.test(value)) return fallback;
  const path = value.replaceAll("\\", "/");
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(path, FIXED_ORIGIN);
  } catch {
    return fallback;
  }
  if (resolved.origin !== FIXED_ORIGIN) return fallback;
  const result = resolved.pathname + resolved.search + resolved.hash;
  // Dot segments can collapse into a leading "//" ("/.//evil.example"): refuse those too.
  if (result.startsWith("//")) return fallback;
  return result;
}

// next-auth's redirect callback: `url` may be a path or an absolute URL on this app.
// Anything else goes to the default page of this app.
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  let candidate = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      candidate =
        absolute.origin === origin ? absolute.pathname + absolute.search + absolute.hash : "";
    } catch {
      candidate = "";
    }
  }
  return origin + safeReturnPath(candidate);
}
