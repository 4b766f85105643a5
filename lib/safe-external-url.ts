// The one check before a stored link becomes an <a href>: only absolute http: and https:
// URLs are links. Everything else (javascript:, data:, vbscript:, relative paths, odd
// casing, control characters or whitespace smuggled into the scheme) is shown as text.
// Pure, so every place that renders a tracker URL uses the same rule.

/** The URL to put in href, or null when the value must stay plain text. */
export function safeExternalUrl(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  // Browsers drop tabs and newlines inside a URL ("java\tscript:" runs as javascript:),
  // so any control character or inner whitespace means it is not a link we vouch for.
  if (!trimmed || /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // "http:evil" parses (as http://evil/); insist the text itself says scheme://host.
  if (!/^https?:\/\/[^/?#]/i.test(trimmed)) return null;
  if (!url.hostname) return null;
  return url.href;
}
