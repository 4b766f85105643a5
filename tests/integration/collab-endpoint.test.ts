// The co-editing endpoint on a real HTTP server and database: who gets a connection, who
// gets a read-only one, who is refused; and that what is typed lands in the incident.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import type { CollabServer } from "@/lib/collab/collab-server";
import { narrativeDocumentName } from "@/lib/collab/document-name";
import { NARRATIVE_FRAGMENT } from "@/lib/collab/narrative-ydoc";
import { db } from "@/lib/db";
import { narrativeToText, parseNarrative } from "@/lib/rich-text/narrative";
import {
  connectTo,
  cookieOf,
  startCollabHarness,
  until,
  type CollabHarness,
} from "./collab-harness";
import { makeIncident, makeUser } from "./factories";

let harness: CollabHarness;
let collab: CollabServer;
let baseUrl: string;

beforeAll(async () => {
  harness = await startCollabHarness();
  ({ collab, baseUrl } = harness);
});

afterAll(() => harness.close());

async function narrativeName(user: SessionUser, reference: string): Promise<string> {
  return narrativeDocumentName(await findVisibleIncidentId(user, reference));
}

const connect = (documentName: string, cookie?: string, origin?: string) =>
  connectTo(baseUrl, documentName, cookie, origin);

// The HTTP status of a bare WebSocket handshake (101 when upgraded).
function handshakeStatus(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace("http", "ws")}/collab`, { headers });
    socket.on("open", () => {
      socket.close();
      resolve(101);
    });
    socket.on("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.on("error", reject);
  });
}

function typeInto(document: import("yjs").Doc, text: string) {
  const fragment = document.getXmlFragment(NARRATIVE_FRAGMENT);
  const paragraph = fragment.get(0) as import("yjs").XmlElement;
  const textNode = paragraph.get(0) as import("yjs").XmlText | undefined;
  if (textNode) textNode.insert(textNode.length, text);
}

describe("the co-editing endpoint", () => {
  it("refuses a connection without a session before upgrading it", async () => {
    expect(await handshakeStatus({ Origin: baseUrl })).toBe(401);
  });

  it("refuses a connection from another site's page, even with a session", async () => {
    const member = await makeUser("member");
    const cookie = await cookieOf(member);
    expect(await handshakeStatus({ Origin: "https://evil.example", Cookie: cookie })).toBe(403);
    expect(await handshakeStatus({ Origin: baseUrl, Cookie: cookie })).toBe(101);
  });

  it("refuses a restricted incident's narrative to someone who may not see it", async () => {
    const owner = await makeUser("member", "Owner");
    const outsider = await makeUser("member", "Outsider");
    const reference = await makeIncident(owner, {
      visibility: "restricted",
      participants: [{ userId: owner.id, role: "facilitator" }],
    });
    const name = await narrativeName(owner, reference);
    const refused = connect(name, await cookieOf(outsider));
    expect(await refused.outcome).toMatchObject({ kind: "refused" });
    refused.client.destroy();
    const allowed = connect(name, await cookieOf(owner));
    expect(await allowed.outcome).toEqual({ kind: "authenticated", scope: "read-write" });
    allowed.client.destroy();
  });

  it("refuses a name that is no document of ours", async () => {
    const member = await makeUser("member");
    const attempt = connect("incident:../../etc:narrative", await cookieOf(member));
    expect(await attempt.outcome).toMatchObject({ kind: "refused" });
    attempt.client.destroy();
  });

  it("gives a viewer a read-only view: their changes never reach the document", async () => {
    const author = await makeUser("member", "Author");
    const viewer = await makeUser("viewer", "Viewer");
    const reference = await makeIncident(author, {
      narrative: JSON.stringify({
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Seeded story" }] }],
      }),
    });
    const name = await narrativeName(author, reference);
    const watching = connect(name, await cookieOf(viewer));
    expect(await watching.outcome).toEqual({ kind: "authenticated", scope: "readonly" });
    // Seeded from the stored JSON on first load.
    await until(() => watching.client.provider.isSynced);
    expect(watching.client.document.getXmlFragment(NARRATIVE_FRAGMENT).toString()).toContain(
      "Seeded story",
    );
    typeInto(watching.client.document, " by a viewer");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const serverDoc = collab.hocuspocus.documents.get(name);
    expect(serverDoc?.getXmlFragment(NARRATIVE_FRAGMENT).toString()).not.toContain("viewer");
    watching.client.destroy();
  });

  it("stores what a member types: Yjs state, JSON snapshot and one audit entry", async () => {
    const member = await makeUser("member", "Writer");
    const reference = await makeIncident(member, {
      narrative: JSON.stringify({
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Start" }] }],
      }),
    });
    const name = await narrativeName(member, reference);
    const writing = connect(name, await cookieOf(member));
    expect(await writing.outcome).toEqual({ kind: "authenticated", scope: "read-write" });
    await until(() => writing.client.provider.isSynced);
    typeInto(writing.client.document, " and more");
    const incidentId = name.split(":")[1] ?? "";
    await until(async () => {
      const incident = await db.incident.findUniqueOrThrow({ where: { id: incidentId } });
      return narrativeToText(parseNarrative(incident.narrative)) === "Start and more";
    });
    expect(await db.collabDocument.count({ where: { name } })).toBe(1);
    const entries = await db.auditEntry.findMany({
      where: { incidentId, action: "incident.updated", actorId: member.id },
    });
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]?.changes ?? "{}")).toEqual({
      narrative: { from: "Start", to: "Start and more" },
    });
    writing.client.destroy();
  });
});
