// A collaboration endpoint on a real HTTP server for integration tests, with signed-in
// clients: what the co-editing tests share.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { sessionSecret } from "@/lib/auth/secret";
import type { SessionUser } from "@/lib/auth/roles";
import { startSession } from "@/lib/auth/user-sessions";
import { createCollabServer, isCollabRequest, type CollabServer } from "@/lib/collab/collab-server";
import { connectNodeCollabClient } from "@/lib/collab/node-collab-client";

export interface CollabHarness {
  collab: CollabServer;
  baseUrl: string;
  close(): Promise<void>;
}

export async function startCollabHarness(): Promise<CollabHarness> {
  const collab = createCollabServer({ debounceMs: 50, maxDebounceMs: 200 });
  const server = http.createServer((_request, response) => response.end());
  server.on("upgrade", (request, socket, head) => {
    if (isCollabRequest(request)) void collab.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    collab,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await collab.close();
      server.close();
    },
  };
}

export async function cookieOf(user: SessionUser): Promise<string> {
  const sessionId = await startSession(user.id);
  const token = await encode({ token: { email: user.email, sessionId }, secret: sessionSecret() });
  return `next-auth.session-token=${token}`;
}

export type Outcome =
  { kind: "authenticated"; scope: string } | { kind: "refused"; reason: string };

/** Connects and reports what the server answered: the scope granted, or the refusal. */
export function connectTo(baseUrl: string, documentName: string, cookie?: string, origin?: string) {
  let settle: (outcome: Outcome) => void = () => {};
  const outcome = new Promise<Outcome>((resolve) => (settle = resolve));
  const client = connectNodeCollabClient({
    baseUrl,
    documentName,
    cookie,
    origin,
    callbacks: {
      onAuthenticated: ({ scope }) => settle({ kind: "authenticated", scope }),
      onAuthenticationFailed: ({ reason }) => settle({ kind: "refused", reason }),
    },
  });
  return { client, outcome };
}

export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
