// Debrief's HTTP server: Next's request handler behind a plain Node server, so the app can
// know who it is talking to. Route handlers do not see the socket, so the peer address is
// passed in the x-debrief-peer-address header, always overwritten here: a client cannot
// set it. Rate limits read it (lib/auth/client-address.ts). Run by scripts/start.ts.
//
// The same server is the co-editing endpoint: WebSocket upgrades to /collab go to
// Hocuspocus (lib/collab/collab-server.ts, loaded through tsx), every other upgrade to Next
// (hot reloading in dev). On SIGINT/SIGTERM it stores every open document before exiting.
import http from "node:http";
import { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? "3000");
const PEER_ADDRESS_HEADER = "x-debrief-peer-address";

// Next reads NODE_ENV when it loads, so set it before importing it.
process.env.NODE_ENV = isDev ? "development" : "production";
const { default: next } = await import("next");

const app = next({ dev: isDev, dir: root, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// The data modules say `import "server-only"`; outside Next's bundles that resolves to the
// package's empty build (see server-only-hook.mjs). tsx loads the TypeScript, scoped to
// this import.
register("./server-only-hook.mjs", import.meta.url);
const { tsImport } = await import("tsx/esm/api");
const { createCollabServer, isCollabRequest } = await tsImport(
  pathToFileURL(path.join(root, "lib", "collab", "collab-server.ts")).href,
  import.meta.url,
);
const collab = createCollabServer({
  redisUrl: process.env.DEBRIEF_REDIS_URL || undefined,
  configuredUrl: process.env.NEXTAUTH_URL,
});

// Next refuses a server action from another site by throwing, which answers a bare 500;
// the same check here answers 403 with a sentence. Like Next's, it compares the Origin's
// host with the host the request was sent to, and lets a request without Origin through.
function isForeignServerAction(request) {
  if (request.method !== "POST" || !request.headers["next-action"]) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const host = request.headers["x-forwarded-host"] ?? request.headers.host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

const server = http.createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  if (isForeignServerAction(request)) {
    response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("This request came from another site, so Debrief refused it.\n");
    return;
  }
  handle(request, response).catch((error) => {
    console.error("[debrief] request failed", request.method, request.url, error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
// Hot reloading (dev) talks over a WebSocket too; production Next takes no upgrades.
const nextUpgrade = isDev ? app.getUpgradeHandler() : null;
server.on("upgrade", (request, socket, head) => {
  socket.on("error", () => socket.destroy());
  if (isCollabRequest(request)) {
    collab.handleUpgrade(request, socket, head).catch((error) => {
      console.error("[debrief] collaboration upgrade failed", error);
      socket.destroy();
    });
    return;
  }
  if (!nextUpgrade) {
    socket.destroy();
    return;
  }
  nextUpgrade(request, socket, head).catch(() => socket.destroy());
});
// DEBRIEF_HOST binds one address only (e.g. 127.0.0.1); by default every address listens.
const host = process.env.DEBRIEF_HOST || undefined;
server.listen(port, host, () =>
  console.log(`Debrief is listening on ${host ?? "every address"}, port ${port}`),
);

// Stop taking requests, store every co-edited document (nothing any client sent is lost),
// then let Next finish.
let isStopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (isStopping) return;
    isStopping = true;
    server.close();
    void collab
      .close()
      .catch((error) => console.error("[debrief] storing co-edited documents failed", error))
      .then(() => app.close())
      .finally(() => process.exit(0));
  });
}
