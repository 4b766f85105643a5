import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createAccount, setAccountActive, setAccountRole } from "@/lib/users/manage-users";
import { signUp } from "@/lib/users/sign-up";
import { makeUser } from "./factories";

describe("accounts", () => {
  it("makes the first account admin and later ones members, with hashed passwords", async () => {
    const first = await signUp(
      { name: "First", email: "First@Example.test", password: "a long password" },
      "192.0.2.1",
    );
    const second = await signUp(
      { name: "Second", email: "second@example.test", password: "another long one" },
      "192.0.2.1",
    );
    expect(first?.role).toBe("admin");
    expect(second?.role).toBe("member");
    const stored = await db.user.findUniqueOrThrow({ where: { email: "first@example.test" } });
    expect(stored.passwordHash).not.toContain("a long password");
    expect(await verifyPassword("a long password", stored.passwordHash)).toBe(true);
  });

  it("rejects short passwords and bad emails with field messages", async () => {
    await expect(
      signUp({ name: "X", email: "nope", password: "short" }, "192.0.2.1"),
    ).rejects.toMatchObject({
      fieldErrors: {
        email: ["Enter a valid email address."],
        password: ["Use at least 10 characters."],
      },
    });
  });

  it("lets admins create, demote and deactivate accounts, but never the last admin", async () => {
    const admin = await makeUser("admin");
    await createAccount(admin, {
      name: "New",
      email: "new@example.test",
      password: "long enough!",
      role: "viewer",
    });
    const created = await db.user.findUniqueOrThrow({ where: { email: "new@example.test" } });
    expect(created.role).toBe("viewer");
    await setAccountRole(admin, { userId: created.id, role: "member" });
    await setAccountActive(admin, { userId: created.id, isActive: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      role: "member",
      isActive: false,
    });

    // Demote every other admin, then the last one cannot be demoted or deactivated.
    const others = await db.user.findMany({ where: { role: "admin", id: { not: admin.id } } });
    for (const other of others) await setAccountRole(admin, { userId: other.id, role: "member" });
    await expect(setAccountRole(admin, { userId: admin.id, role: "member" })).rejects.toMatchObject(
      { code: "invalid_input" },
    );
    await expect(
      setAccountActive(admin, { userId: admin.id, isActive: false }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("hides account management from non-admins", async () => {
    const member = await makeUser("member");
    await expect(
      createAccount(member, {
        name: "X",
        email: "x@example.test",
        password: "long enough!",
        role: "admin",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
