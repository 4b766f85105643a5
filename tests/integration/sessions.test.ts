import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { readSession } from "@/lib/auth/read-session";
import { sessionSecret } from "@/lib/auth/secret";
import { endAllSessions, endSession, startSession } from "@/lib/auth/user-sessions";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/users/change-password";
import { resetPassword, setAccountActive } from "@/lib/users/manage-users";
import { makeUser } from "./factories";

// The cookie a browser holds after signing in: a JWT signed with the app's secret that
// names the session row, exactly as next-auth writes it.
async function cookieFor(sessionId: string | undefined, email = "someone@example.test") {
  const token = await encode({ token: { email, sessionId }, secret: sessionSecret() });
  return { headers: {}, cookies: { "next-auth.session-token": token } };
}

async function signedIn(role: "admin" | "member" = "member") {
  const user = await makeUser(role);
  const sessionId = await startSession(user.id);
  return { user, sessionId, request: await cookieFor(sessionId, user.email) };
}

afterEach(() => vi.restoreAllMocks());

describe("sessions", () => {
  it("reads the person behind a live session cookie", async () => {
    const { user, sessionId, request } = await signedIn();
    expect(await readSession(request)).toEqual({ user, sessionId });
  });

  it("ends a session on sign-out: a copied cookie stops working", async () => {
    const { sessionId, request } = await signedIn();
    const copy = structuredClone(request);
    await endSession(sessionId);
    expect(await readSession(request)).toBeNull();
    expect(await readSession(copy)).toBeNull();
  });

  it("refuses cookies without a session row, and expired rows", async () => {
    const user = await makeUser();
    expect(await readSession(await cookieFor(undefined, user.email))).toBeNull();
    const expired = await db.userSession.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await readSession(await cookieFor(expired.id, user.email))).toBeNull();
  });

  it("refuses the session of an account deactivated by any path", async () => {
    const { user, request } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await readSession(request)).toBeNull();
  });

  it("signs a person out everywhere", async () => {
    const { user, request } = await signedIn();
    const other = await cookieFor(await startSession(user.id), user.email);
    const stranger = await signedIn();
    expect(await endAllSessions(user.id)).toBe(2);
    expect(await readSession(request)).toBeNull();
    expect(await readSession(other)).toBeNull();
    expect(await readSession(stranger.request)).not.toBeNull();
  });

  it("ends every session on deactivation, and they stay ended after reactivation", async () => {
    const admin = await makeUser("admin");
    const { user, request } = await signedIn();
    await setAccountActive(admin, { userId: user.id, isActive: false });
    await setAccountActive(admin, { userId: user.id, isActive: true });
    expect(await readSession(request)).toBeNull();
  });

  it("ends every session on an admin reset, and the new password works", async () => {
    const admin = await makeUser("admin");
    const { user, request } = await signedIn();
    const { password } = await resetPassword(admin, { userId: user.id });
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(await readSession(request)).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain(password);
    await expect(resetPassword(admin, { userId: admin.id })).rejects.toMatchObject({
      code: "invalid_input",
    });
    const member = await makeUser("member");
    await expect(resetPassword(member, { userId: user.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("keeps the current session on a password change and ends the others", async () => {
    const { user, sessionId, request } = await signedIn();
    await db.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword("the old password") },
    });
    const elsewhere = await cookieFor(await startSession(user.id), user.email);
    await expect(
      changePassword(user, sessionId, {
        currentPassword: "not the old one",
        newPassword: "a brand new password",
      }),
    ).rejects.toMatchObject({ fieldErrors: { currentPassword: [expect.any(String)] } });
    expect(await readSession(elsewhere)).not.toBeNull();
    await changePassword(user, sessionId, {
      currentPassword: "the old password",
      newPassword: "a brand new password",
    });
    expect(await readSession(request)).not.toBeNull();
    expect(await readSession(elsewhere)).toBeNull();
  });

  it("treats a bad session cookie as signed out, with one log line and no stack trace", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const value of ["garbage", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z"]) {
      expect(
        await readSession({ headers: {}, cookies: { "next-auth.session-token": value } }),
      ).toBeNull();
    }
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).toHaveBeenCalledTimes(2);
    for (const [line] of warnings.mock.calls) {
      expect(typeof line).toBe("string");
      expect(line).toMatch(/unreadable session cookie/);
      expect(String(line)).not.toMatch(/\n\s+at /);
    }
  });
});
