// Reads the session secret from a file, creating it with a fresh random value on first
// use. Separate from lib/auth/secret.ts so the start script can call it outside Next.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function readOrCreateSecretFile(file: string): string {
  // The data folder holds the database and this secret: this user only.
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // "wx" fails if the file exists, so two processes starting together agree on one secret.
    fs.writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32)
    throw new Error(
      `The session secret in ${file} is too short; delete the file to regenerate it.`,
    );
  return secret;
}
