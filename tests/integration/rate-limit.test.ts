import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { authOptions, TOO_MANY_ATTEMPTS, WRONG_CREDENTIALS } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import {
  claimSignInAttempt,
  MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
} from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

// next-auth's credentials provider keeps our authorize() under `options`; this is the very
// function the sign-in route runs.
type Authorize = (
  credentials: Record<string, string>,
  request: { headers: Record<string, string> },
) => Promise<{ id: string; sessionId?: string } | null>;
function authorize(): Authorize {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize;
}

async function signIn(
  email: string,
  password: string,
  peer: string,
  forwardedFor?: string,
): Promise<string> {
  const headers: Record<string, string> = { [PEER_ADDRESS_HEADER]: peer };
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor;
  try {
    const user = await authorize()({ email, password }, { headers });
    return user?.sessionId ? "signed-in" : "no-session";
  } catch (error) {
    return (error as Error).message;
  }
}

async function makeAccount(password = "the right password") {
  const email = `${crypto.randomUUID()}@example.test`;
  await db.user.create({
    data: { email, name: "Target", role: "admin", passwordHash: await hashPassword(password) },
  });
  return { email, password };
}

describe("sign-in rate limiting", () => {
  it("checks at most the limit of 30 parallel wrong attempts", async () => {
    const { email } = await makeAccount();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => signIn(email, "wrong password", "203.0.113.30")),
    );
    const checked = results.filter((result) => result === WRONG_CREDENTIALS).length;
    expect(checked).toBe(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(results.filter((result) => result === TOO_MANY_ATTEMPTS)).toHaveLength(
      30 - MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
    );
  });

  it("does not let someone elsewhere lock a person out", async () => {
    const { email, password } = await makeAccount();
    for (let attempt = 0; attempt < 10; attempt++)
      await signIn(email, "wrong password", "203.0.113.66");
    expect(await signIn(email, password, "203.0.113.66")).toBe(TOO_MANY_ATTEMPTS);
    // The admin, from their own address, still gets in.
    expect(await signIn(email, password, "192.0.2.10")).toBe("signed-in");
  });

  it("ignores X-Forwarded-For from clients: rotating it does not reset the count", async () => {
    const { email } = await makeAccount();
    const results: string[] = [];
    for (let attempt = 0; attempt < 8; attempt++)
      results.push(await signIn(email, "wrong", "203.0.113.77", `198.51.100.${attempt}`));
    expect(results.slice(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS)).toEqual([
      TOO_MANY_ATTEMPTS,
      TOO_MANY_ATTEMPTS,
      TOO_MANY_ATTEMPTS,
    ]);
    // Naming someone else's address does not block them either.
    expect(await signIn(email, "wrong", "198.51.100.1")).toBe(WRONG_CREDENTIALS);
  });

  it("blocks an address that tries many accounts, until the window passes", async () => {
    const address = "198.51.100.200";
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt++)
      expect(await claimSignInAttempt(`user${attempt}@example.test`, address)).not.toBeNull();
    expect(await claimSignInAttempt("someone-else@example.test", address)).toBeNull();
    expect(await claimSignInAttempt("someone-else@example.test", "198.51.100.201")).not.toBeNull();
    const later = new Date(Date.now() + SIGN_IN_WINDOW_MS + 1000);
    expect(await claimSignInAttempt("someone-else@example.test", address, later)).not.toBeNull();
  });

  it("forgives failures from an address once the right password comes from it", async () => {
    const { email, password } = await makeAccount();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1; attempt++)
      await signIn(email, "wrong", "203.0.113.90");
    expect(await signIn(email, password, "203.0.113.90")).toBe("signed-in");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1; attempt++)
      expect(await signIn(email, "wrong", "203.0.113.90")).toBe(WRONG_CREDENTIALS);
  });
});
