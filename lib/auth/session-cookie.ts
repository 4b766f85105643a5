// Removes next-auth's session cookie from the browser, after its session row is gone.
import "server-only";
import { cookies } from "next/headers";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function clearSessionCookie(): Promise<void> {
  const store = await cookies();
  for (const name of SESSION_COOKIES) {
    if (!store.has(name)) continue;
    store.set(name, "", {
      path: "/",
      maxAge: 0,
      httpOnly: true,
      sameSite: "lax",
      secure: name.startsWith("__Secure-"),
    });
  }
}
