"use client";

// One co-edited document in the browser: the Yjs document, the Hocuspocus provider on the
// app's own origin (/collab, the session cookie goes along), the connection status and who
// is here now. Edits made while disconnected stay in the document and sync on reconnect.
import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import * as Y from "yjs";
import { COLLAB_PATH_NAME } from "@/lib/collab/collab-path";

export interface Presence {
  clientId: number;
  userId: string;
  name: string;
  color: string;
  isSelf: boolean;
}

export type CollabStatus =
  | { kind: "connecting" }
  | { kind: "connected"; isSynced: boolean; isReadOnly: boolean }
  | { kind: "reconnecting" }
  | { kind: "refused"; reason: string };

export interface CollabUser {
  id: string;
  name: string;
  color: string;
}

function collabUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}${COLLAB_PATH_NAME}`;
}

function presenceOf(provider: HocuspocusProvider): Presence[] {
  const self = provider.awareness?.clientID;
  const seen = new Map<string, Presence>();
  provider.awareness?.getStates().forEach((state, clientId) => {
    const user = (state as { user?: Partial<CollabUser> }).user;
    if (!user?.id || !user.name) return;
    const isSelf = clientId === self;
    // One entry per person, however many tabs they have open.
    const known = seen.get(user.id);
    if (known && !isSelf) return;
    seen.set(user.id, {
      clientId,
      userId: user.id,
      name: user.name,
      color: user.color ?? "#5d6470",
      isSelf: isSelf || (known?.isSelf ?? false),
    });
  });
  return [...seen.values()].sort((a, b) =>
    a.isSelf === b.isSelf ? a.name.localeCompare(b.name) : a.isSelf ? -1 : 1,
  );
}

/** `what` names the document in messages: "narrative", "note". */
export function useCollabSession(documentName: string, user: CollabUser, what = "narrative") {
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [status, setStatus] = useState<CollabStatus>({ kind: "connecting" });
  const [presence, setPresence] = useState<Presence[]>([]);

  useEffect(() => {
    const document = new Y.Doc();
    let hasConnected = false;
    let isRefused = false;
    let isReadOnly = false;
    const next = new HocuspocusProvider({
      url: collabUrl(),
      name: documentName,
      document,
      // The session cookie authenticates; the token only starts the handshake.
      token: "session",
      onAuthenticated: ({ scope }) => {
        isReadOnly = scope === "readonly";
      },
      onAuthenticationFailed: () => {
        isRefused = true;
        setStatus({
          kind: "refused",
          reason: `You no longer have access to this ${what}. Reload the page to check.`,
        });
      },
      onStatus: ({ status: socketStatus }) => {
        if (isRefused) return;
        if (socketStatus === WebSocketStatus.Connected) {
          hasConnected = true;
          setStatus({ kind: "connected", isSynced: next.isSynced, isReadOnly });
        } else {
          setStatus({ kind: hasConnected ? "reconnecting" : "connecting" });
        }
      },
      onSynced: ({ state }) => {
        if (!isRefused && hasConnected)
          setStatus({ kind: "connected", isSynced: state, isReadOnly });
      },
      onAwarenessChange: () => setPresence(presenceOf(next)),
    });
    next.setAwarenessField("user", user);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a WebSocket exists only in the browser, after mount
    setProvider(next);
    return () => {
      next.destroy();
      document.destroy();
      setProvider(null);
    };
    // The user's fields are stable for a page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentName]);

  return { provider, status, presence };
}
