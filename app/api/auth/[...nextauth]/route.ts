import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Built per request so the secret is read (or generated) at run time, not at build time.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context) as Promise<Response>;
}

export { handler as GET, handler as POST };
