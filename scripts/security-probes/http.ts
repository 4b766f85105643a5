// A small HTTP client for the security probes, on node:http so a probe can choose its
// source address on the loopback network (127.0.0.x: distinct clients to the server),
// stream a chunked body and stop as soon as the server answers. 127.0.0.1 only.
import http from "node:http";

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  // Source address on the loopback network, e.g. "127.0.0.7".
  from?: string;
  timeoutMs?: number;
}

export const LOOPBACK = "127.0.0.1";

export function request(
  port: number,
  path: string,
  options: RequestOptions = {},
): Promise<HttpResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: LOOPBACK,
        port,
        path,
        method: options.method ?? "GET",
        headers: options.headers,
        localAddress: options.from,
        timeout: options.timeoutMs ?? 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("timeout", () =>
      outgoing.destroy(new Error(`no answer within ${options.timeoutMs ?? 30_000} ms`)),
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

export interface StreamResult extends HttpResponse {
  // How much of the body was sent before the server answered (or all of it).
  bytesSent: number;
}

// Sends `prefix` then filler bytes with chunked encoding (no Content-Length), up to
// `totalBytes`, and stops writing as soon as a response arrives.
export function streamUpload(
  port: number,
  path: string,
  options: {
    headers: Record<string, string>;
    prefix: string;
    totalBytes: number;
    from?: string;
    timeoutMs?: number;
  },
): Promise<StreamResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const outgoing = http.request({
      host: LOOPBACK,
      port,
      path,
      method: "POST",
      headers: { ...options.headers, "Transfer-Encoding": "chunked" },
      localAddress: options.from,
      timeout: options.timeoutMs ?? 60_000,
    });
    outgoing.on("response", (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          ms: performance.now() - started,
          bytesSent,
        });
        outgoing.destroy();
      });
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error("no answer in time")));
    outgoing.on("error", (error) => {
      // A server that answers early may close the connection while we still write; give
      // its answer a moment to arrive, since the answer is what counts.
      if (!answered) setTimeout(() => answered || reject(error), 1000);
    });
    const filler = Buffer.alloc(256 * 1024, "a");
    const pump = () => {
      if (bytesSent === 0) {
        outgoing.write(options.prefix);
        bytesSent += Buffer.byteLength(options.prefix);
      }
      while (!answered && !outgoing.destroyed && bytesSent < options.totalBytes) {
        const chunk = filler.subarray(0, Math.min(filler.length, options.totalBytes - bytesSent));
        bytesSent += chunk.length;
        if (!outgoing.write(chunk)) {
          outgoing.once("drain", pump);
          return;
        }
      }
      if (!answered && !outgoing.destroyed) outgoing.end();
    };
    pump();
  });
}
