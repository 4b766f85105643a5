// A small HTTP load generator (autocannon is not a dependency): N connections each send
// the next request as soon as the previous one answers, for a fixed time; prints requests
// per second and latency percentiles. Also signs in through next-auth's credentials flow
// to get a session cookie. Used by `npm run bench:timeline`; run on its own against a
// server you started:
//   tsx scripts/bench-load.ts <url> <email> <password> [connections=50] [seconds=20]
import http from "node:http";

export interface LoadResult {
  requests: number;
  errors: number;
  statuses: Record<number, number>;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One GET; resolves with the status and the time to the last byte, in ms. */
export function timedGet(url: string, cookie: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { cookie } }, (response) => {
      response.on("data", () => undefined);
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] as number;
}

export async function runLoad(options: {
  url: string | (() => string);
  cookie: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  const next = typeof options.url === "string" ? () => options.url as string : options.url;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < deadline) {
        try {
          const { status, ms } = await timedGet(next(), options.cookie);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status >= 400) errors++;
          latencies.push(ms);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    statuses,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    max: latencies[latencies.length - 1] ?? NaN,
  };
}

export function describeLoad(result: LoadResult): string {
  return `${result.perSecond.toFixed(0)} req/s, p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, max ${result.max.toFixed(0)} ms (${result.requests} requests, ${result.errors} errors)`;
}

/** Signs in with next-auth's credentials provider; returns the Cookie header to send. */
export async function signIn(baseURL: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookieHeader(),
      origin: baseURL,
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  remember(response);
  if (![...jar.keys()].some((name) => name.includes("session-token")))
    throw new Error(`sign-in failed for ${email} (status ${response.status})`);
  return cookieHeader();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, email, password, connections = "50", seconds = "20"] = process.argv.slice(2);
  if (!url || !email || !password) {
    console.error(
      "usage: npx tsx scripts/bench-load.ts <url> <email> <password> [connections] [seconds]",
    );
    process.exit(2);
  }
  const cookie = await signIn(new URL(url).origin, email, password);
  const result = await runLoad({
    url,
    cookie,
    connections: Number(connections),
    seconds: Number(seconds),
  });
  console.log(`${url}: ${describeLoad(result)}`);
}
