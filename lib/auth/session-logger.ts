// next-auth's logger. A session cookie that does not decode (tampered, truncated, signed
// with an old secret) is an ordinary event: the visitor is treated as signed out and we log
// one line, never a stack trace. Everything else next-auth reports stays an error.
import type { LoggerInstance } from "next-auth";

function describe(metadata: unknown): string {
  if (metadata instanceof Error) return metadata.message;
  if (metadata && typeof metadata === "object" && "message" in metadata)
    return String(metadata.message);
  return "unreadable";
}

export const sessionLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    if (code === "JWT_SESSION_ERROR") {
      const reason = describe(metadata).replaceAll(/\s+/g, " ").slice(0, 120);
      console.warn(`[debrief] ignored an unreadable session cookie (${reason}); signed out`);
      return;
    }
    console.error(`[next-auth] ${code}: ${describe(metadata)}`);
  },
  warn(code) {
    console.warn(`[next-auth] ${code}`);
  },
  debug() {},
};
