// Two app instances share one narrative through Redis (DEBRIEF_REDIS_URL): what is typed
// on a client of one instance reaches a client of the other. Needs the Redis server at
// DEBRIEF_TEST_REDIS_URL (default redis://127.0.0.1:6379/0), as on the project machine.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, expect, it } from "vitest";
import * as Y from "yjs";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { sessionSecret } from "@/lib/auth/secret";
import { startSession } from "@/lib/auth/user-sessions";
import { createCollabServer, isCollabRequest, type CollabServer } from "@/lib/collab/collab-server";
import { narrativeDocumentName } from "@/lib/collab/document-name";
import { NARRATIVE_FRAGMENT } from "@/lib/collab/narrative-ydoc";
import { connectNodeCollabClient } from "@/lib/collab/node-collab-client";
import { makeIncident, makeUser } from "./factories";

const REDIS_URL = process.env.DEBRIEF_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/0";
const instances: { collab: CollabServer; server: http.Server; baseUrl: string }[] = [];

beforeAll(async () => {
  for (let index = 0; index < 2; index++) {
    const collab = createCollabServer({ redisUrl: REDIS_URL, debounceMs: 50 });
    const server = http.createServer((_request, response) => response.end());
    server.on("upgrade", (request, socket, head) => {
      if (isCollabRequest(request)) void collab.handleUpgrade(request, socket, head);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    instances.push({ collab, server, baseUrl });
  }
});

afterAll(async () => {
  for (const { collab, server } of instances) {
    await collab.close();
    server.close();
  }
});

function textOf(document: Y.Doc): string {
  return document.getXmlFragment(NARRATIVE_FRAGMENT).toString();
}

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it("relays typing between clients of two instances through Redis", async () => {
  const user = await makeUser("member", "Fan Out");
  const reference = await makeIncident(user, {
    narrative: JSON.stringify({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Shared" }] }],
    }),
  });
  const documentName = narrativeDocumentName(await findVisibleIncidentId(user, reference));
  const sessionId = await startSession(user.id);
  const token = await encode({ token: { email: user.email, sessionId }, secret: sessionSecret() });
  const cookie = `next-auth.session-token=${token}`;
  const [first, second] = instances.map((instance) =>
    connectNodeCollabClient({ baseUrl: instance.baseUrl, documentName, cookie }),
  );
  if (!first || !second) throw new Error("two clients expected");
  await until(() => first.provider.isSynced && second.provider.isSynced);
  // Seeded once, not twice, though both instances loaded it from the database.
  expect(textOf(second.document)).toBe(textOf(first.document));
  expect(textOf(first.document).match(/Shared/g)).toHaveLength(1);

  const paragraph = first.document.getXmlFragment(NARRATIVE_FRAGMENT).get(0) as Y.XmlElement;
  (paragraph.get(0) as Y.XmlText).insert(6, " across instances");
  await until(() => textOf(second.document).includes("Shared across instances"));
  first.destroy();
  second.destroy();
});
