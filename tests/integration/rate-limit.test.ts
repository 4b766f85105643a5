import { describe, expect, it } from "vitest";
import {
  clearSignInFailures,
  isSignInBlocked,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  recordSignInFailure,
  SIGN_IN_WINDOW_MS,
} from "@/lib/auth/rate-limit";

describe("sign-in rate limiting", () => {
  it("blocks an account after repeated failures, from any address, until the window passes", async () => {
    const email = "target@example.test";
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT - 1; attempt++)
      await recordSignInFailure(email, `10.0.0.${attempt}`);
    expect(await isSignInBlocked(email, "192.0.2.1")).toBe(false);
    await recordSignInFailure(email, "10.0.0.99");
    expect(await isSignInBlocked(email, "192.0.2.1")).toBe(true);
    expect(
      await isSignInBlocked(email, "192.0.2.1", new Date(Date.now() + SIGN_IN_WINDOW_MS + 1000)),
    ).toBe(false);
    await clearSignInFailures(email);
    expect(await isSignInBlocked(email, "192.0.2.1")).toBe(false);
  });

  it("blocks an address that tries many accounts", async () => {
    const address = "198.51.100.7";
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt++)
      await recordSignInFailure(`user${attempt}@example.test`, address);
    expect(await isSignInBlocked("someone-else@example.test", address)).toBe(true);
    expect(await isSignInBlocked("someone-else@example.test", "198.51.100.8")).toBe(false);
  });
});
