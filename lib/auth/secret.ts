// The secret that signs session tokens: NEXTAUTH_SECRET when configured, otherwise one
// generated on first start and kept in the data folder (readable by this user only).
// Never a hard-coded default.
import "server-only";
import path from "node:path";
import { readOrCreateSecretFile } from "@/lib/auth/secret-file";
import { env } from "@/lib/env";

let cached: string | undefined;

export function sessionSecret(): string {
  cached ??=
    env().NEXTAUTH_SECRET ??
    readOrCreateSecretFile(path.resolve(env().DEBRIEF_DATA_DIR, "session-secret"));
  return cached;
}
