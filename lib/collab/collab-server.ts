// The collaboration endpoint: Hocuspocus (Yjs over WebSocket) inside the app's own HTTP
// server, reached by upgrading a request to /collab. scripts/serve.mjs hands it every
// upgrade for that path; Next keeps the others.
//
// A connection is authorised like a page: the session cookie must name a live session
// (refused with 401 before the upgrade otherwise), the page must be one of ours (Origin),
// and each document it opens must belong to an incident the user may see; viewers get a
// read-only connection. Documents are stored debounced and flushed by `close()`.
import "server-only";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type Extension } from "@hocuspocus/server";
import * as Y from "yjs";
import { WebSocketServer } from "ws";
import { readSession } from "@/lib/auth/read-session";
import type { SessionUser } from "@/lib/auth/roles";
import { authorizeCollabDocument } from "@/lib/collab/collab-access";
import { loadCollabDocument, storeCollabDocument } from "@/lib/collab/collab-store";
import { parseDocumentName } from "@/lib/collab/document-name";
import { COLLAB_PATH_NAME } from "@/lib/collab/collab-path";
import { collabFanOut } from "@/lib/collab/fan-out";
import { narrativeJSONOf, seedNarrativeUpdate } from "@/lib/collab/narrative-ydoc";
import { flatHeaders, isSameOriginUpgrade, parseCookies } from "@/lib/collab/upgrade-request";
import { NARRATIVE_MAX_CHARACTERS } from "@/lib/input-limits";
import { loadNoteDocument, storeNoteDocument } from "@/lib/collab/note-collab-store";
import { noteSectionsOf, seedNoteUpdate } from "@/lib/collab/note-ydoc";
import { NOTE_SECTION_MAX_CHARACTERS } from "@/lib/mental-models/notes/note-input";
import { NOTE_SECTION_KEYS, type NoteSections } from "@/lib/mental-models/notes/note-sections";
import { parseNarrative } from "@/lib/rich-text/narrative";

export const COLLAB_PATH = COLLAB_PATH_NAME;

export interface CollabServerOptions {
  /** Milliseconds of quiet before a document is stored. */
  debounceMs?: number;
  /** Stored at least this often while people keep typing. */
  maxDebounceMs?: number;
  redisUrl?: string;
  /** NEXTAUTH_URL: its host counts as ours for the Origin check. */
  configuredUrl?: string;
}

export interface CollabServer {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void>;
  /** Closes every connection and stores every open document; resolves when stored. */
  close(): Promise<void>;
  readonly hocuspocus: Hocuspocus;
}

interface ConnectionContext {
  user: SessionUser;
}

// Far above any real keystroke batch, far below what would strain the process.
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

// A section over the limit is left out, so it keeps its last stored words (the Yjs state
// keeps everything typed), as a form save would refuse it.
function fittingNoteSections(documentName: string, doc: Y.Doc): Partial<NoteSections> {
  const sections: Partial<NoteSections> = noteSectionsOf(doc);
  for (const key of NOTE_SECTION_KEYS) {
    if ((sections[key]?.length ?? 0) <= NOTE_SECTION_MAX_CHARACTERS) continue;
    console.warn(`[collab] ${documentName}: section ${key} is over the limit; not stored`);
    delete sections[key];
  }
  return sections;
}

export function isCollabRequest(request: IncomingMessage): boolean {
  const path = (request.url ?? "").split("?")[0];
  return path === COLLAB_PATH || path?.startsWith(`${COLLAB_PATH}/`) === true;
}

// Hocuspocus answers "permission denied" with the error's reason, and logs any error that
// has a message: a refusal is routine, so it carries a reason and no message.
function refusal(): Error {
  return Object.assign(new Error(), { reason: "not-found" });
}

function refuse(socket: Duplex, status: 401 | 403, message: string): void {
  const reason = status === 401 ? "Unauthorized" : "Forbidden";
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Connection: close\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  );
}

export function createCollabServer(options: CollabServerOptions = {}): CollabServer {
  // Who edited each document since it was last stored: one audit entry each per flush.
  const editorsSince = new Map<string, Set<string>>();
  let isClosed = false;

  async function store(documentName: string, doc: Y.Doc): Promise<void> {
    const document = parseDocumentName(documentName);
    if (!document) return;
    const editors = editorsSince.get(documentName) ?? new Set<string>();
    editorsSince.delete(documentName);
    try {
      if (document.kind === "note") {
        await storeNoteDocument({
          name: documentName,
          document,
          state: Y.encodeStateAsUpdate(doc),
          sections: fittingNoteSections(documentName, doc),
          editorIds: [...editors],
        });
        return;
      }
      const json = JSON.stringify(narrativeJSONOf(doc));
      if (json.length > NARRATIVE_MAX_CHARACTERS) {
        // Kept in the Yjs state (nothing typed is lost) but the snapshot stays at its last
        // size that fits, as a form save would refuse it.
        console.warn(`[collab] ${documentName} is over the narrative limit; snapshot not updated`);
      }
      await storeCollabDocument({
        name: documentName,
        document,
        state: Y.encodeStateAsUpdate(doc),
        json: json.length > NARRATIVE_MAX_CHARACTERS ? null : json,
        editorIds: [...editors],
      });
    } catch (error) {
      // Put the editors back: the next flush records them.
      const pending = editorsSince.get(documentName) ?? new Set<string>();
      editors.forEach((id) => pending.add(id));
      editorsSince.set(documentName, pending);
      throw error;
    }
  }

  const persistence: Extension = {
    extensionName: "debrief-persistence",
    async onConnect({ context, documentName, connectionConfig }) {
      const { user } = context as ConnectionContext;
      const grant = await authorizeCollabDocument(user, documentName).catch(() => null);
      // Refused exactly as for a document that does not exist.
      if (!grant) throw refusal();
      connectionConfig.readOnly = grant.isReadOnly;
    },
    async onLoadDocument({ documentName, document: doc }) {
      const document = parseDocumentName(documentName);
      if (!document) throw refusal();
      if (document.kind === "note") {
        const note = await loadNoteDocument(documentName, document);
        if (!note) throw refusal();
        Y.applyUpdate(doc, note.state ?? seedNoteUpdate(note.sections));
        return doc;
      }
      const stored = await loadCollabDocument(documentName, document);
      if (!stored) throw refusal();
      Y.applyUpdate(doc, stored.state ?? seedNarrativeUpdate(parseNarrative(stored.json)));
      return doc;
    },
    async onChange({ documentName, context }) {
      const user = (context as Partial<ConnectionContext> | undefined)?.user;
      // Updates relayed from another instance carry no user; that instance records them.
      if (!user) return;
      const editors = editorsSince.get(documentName) ?? new Set<string>();
      editors.add(user.id);
      editorsSince.set(documentName, editors);
    },
    async onStoreDocument({ documentName, document: doc }) {
      // After close() has stored everything, the stores that closing connections schedule
      // have nothing new to write (and the database may be gone).
      if (isClosed) return;
      await store(documentName, doc);
    },
  };

  const hocuspocus = new Hocuspocus({
    name: "debrief-collab",
    quiet: true,
    debounce: options.debounceMs ?? 2000,
    maxDebounce: options.maxDebounceMs ?? 10_000,
    // The fan-out goes first: the Redis extension must see stores before persistence does.
    extensions: [...collabFanOut(options.redisUrl), persistence],
  });
  const webSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  async function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    if (!isSameOriginUpgrade(request.headers, options.configuredUrl)) {
      refuse(socket, 403, "This connection came from another site, so Debrief refused it.\n");
      return;
    }
    const session = await readSession({
      headers: flatHeaders(request.headers),
      cookies: parseCookies(request.headers.cookie),
    }).catch(() => null);
    if (!session) {
      refuse(socket, 401, "Sign in to edit together.\n");
      return;
    }
    const context: ConnectionContext = { user: session.user };
    webSockets.handleUpgrade(request, socket, head, (webSocket) => {
      hocuspocus.handleConnection(webSocket, request, context);
    });
  }

  async function close(): Promise<void> {
    if (isClosed) return;
    isClosed = true;
    for (const client of webSockets.clients) client.terminate();
    webSockets.close();
    // Store every open document now, whatever its debounce timer says; after any store
    // already running (the document's save lock), so an older state never lands last.
    const stores = [...hocuspocus.documents.values()].map((doc) =>
      doc.saveMutex
        .runExclusive(() => store(doc.name, doc))
        .catch((error: unknown) =>
          console.error(`[collab] could not store ${doc.name} on shutdown`, error),
        ),
    );
    await Promise.all(stores);
    // Extensions let go of what they hold (the Redis connections).
    await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
  }

  return { handleUpgrade, close, hocuspocus };
}
