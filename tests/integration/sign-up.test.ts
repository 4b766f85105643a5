import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { signUp, TOO_MANY_SIGN_UPS } from "@/lib/users/sign-up";

const person = (email: string) => ({ name: "Someone", email, password: "a long password" });

describe("sign-up", () => {
  it("answers a taken email like a new one and leaves the account alone", async () => {
    await signUp(person("taken@example.test"), "192.0.2.50");
    const before = await db.user.findUniqueOrThrow({ where: { email: "taken@example.test" } });
    // No error, no field message naming the email: the action answers "created" for both.
    await expect(
      signUp(
        { name: "Intruder", email: "Taken@Example.test", password: "attacker's password" },
        "192.0.2.51",
      ),
    ).resolves.toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { email: "taken@example.test" } });
    expect(after).toEqual(before);
    expect(await verifyPassword("attacker's password", after.passwordHash)).toBe(false);
  });

  it("accepts at most DEBRIEF_SIGNUPS_PER_HOUR sign-ups per address, even in parallel", async () => {
    const limit = env().DEBRIEF_SIGNUPS_PER_HOUR;
    expect(limit).toBe(10);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        signUp(person(`parallel-${index}@example.test`), "203.0.113.20"),
      ),
    );
    const refused = results.filter(
      (result) => result.status === "rejected" && result.reason.userMessage === TOO_MANY_SIGN_UPS,
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(limit);
    expect(refused).toHaveLength(20 - limit);
    // Another address is not affected, and the window slides.
    await expect(signUp(person("other@example.test"), "203.0.113.21")).resolves.not.toBeNull();
    const later = new Date(Date.now() + 60 * 60 * 1000 + 1000);
    await expect(
      signUp(person("later@example.test"), "203.0.113.20", later),
    ).resolves.not.toBeNull();
  });
});
