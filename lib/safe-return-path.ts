// Only same-site paths are allowed as a place to return to after signing in, so a crafted
// link cannot bounce someone to another site.
export function safeReturnPath(value: string | undefined | null, fallback = "/incidents"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return fallback;
  return value;
}
