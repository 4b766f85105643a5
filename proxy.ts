// Sends visitors without a session cookie to the sign-in page. It only redirects: every
// page, action and route still checks the session and access itself.
import { NextResponse, type NextRequest } from "next/server";
import { safeReturnPath } from "@/lib/safe-return-path";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set(
    "callbackUrl",
    safeReturnPath(request.nextUrl.pathname + request.nextUrl.search),
  );
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    "/incidents/:path*",
    "/insights/:path*",
    "/admin/:path*",
    "/account/:path*",
    "/action-items/:path*",
  ],
};
