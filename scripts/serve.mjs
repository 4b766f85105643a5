// Debrief's HTTP server: Next's request handler behind a plain Node server, so the app can
// know who it is talking to. Route handlers do not see the socket, so the peer address is
// passed in the x-debrief-peer-address header, always overwritten here: a client cannot
// set it. Rate limits read it (lib/auth/client-address.ts). Run by scripts/start.ts.
import http from "node:http";
import path from "node:path";

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
if (isDev) {
  // Hot reloading talks over a WebSocket.
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => {
    upgrade(request, socket, head).catch(() => socket.destroy());
  });
}
// DEBRIEF_HOST binds one address only (e.g. 127.0.0.1); by default every address listens.
const host = process.env.DEBRIEF_HOST || undefined;
server.listen(port, host, () =>
  console.log(`Debrief is listening on ${host ?? "every address"}, port ${port}`),
);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
