// A co-editing client for Node (the benchmark and the endpoint's tests): a Hocuspocus
// provider over `ws` that sends what a signed-in browser sends, its session cookie and its
// page's Origin. Not used by the app itself.
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  type HocuspocusProviderConfiguration,
} from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { COLLAB_PATH_NAME } from "@/lib/collab/collab-path";

export interface NodeCollabClientOptions {
  /** The app's base URL, e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  documentName: string;
  /** The Cookie header of a signed-in browser, or none. */
  cookie?: string;
  /** Origin to send; the app's own by default. */
  origin?: string;
  callbacks?: Partial<HocuspocusProviderConfiguration>;
}

export function connectNodeCollabClient(options: NodeCollabClientOptions) {
  const url = new URL(COLLAB_PATH_NAME, options.baseUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  const headers: Record<string, string> = { Origin: options.origin ?? options.baseUrl };
  if (options.cookie) headers.Cookie = options.cookie;
  // The provider constructs the socket itself; this subclass adds the headers.
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: url.href,
    WebSocketPolyfill: HeaderWebSocket,
    // Tests and the benchmark want a refusal to stay refused, not retried for ever.
    maxAttempts: 1,
  });
  const document = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName,
    document,
    token: "cookie",
    ...options.callbacks,
  });
  provider.attach();
  return {
    provider,
    document,
    destroy() {
      provider.destroy();
      socket.destroy();
      document.destroy();
    },
  };
}
