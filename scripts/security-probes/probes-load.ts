// Probes for cross-site requests, bounded uploads, big imports and heavy exports.
import { streamUpload } from "./http";
import type { Session } from "./app-client";
import { createIncident, fail, percentile, type Probe, type World } from "./world";

const MB = 1024 * 1024;
const HEAVY_LINES = 100_000;
const PAGE_P95_LIMIT_MS = 300;

function previewBody(text = "2026-03-15T12:00:00Z level=info msg=hello\n") {
  return { sources: [{ name: "probe.log", text, options: {} }] };
}

function sessionHeaders(session: Session): Record<string, string> {
  return {
    Cookie: session.cookieHeader(),
    Origin: session.app.origin,
    "Content-Type": "application/json",
  };
}

// Page requests, one after the other, while `work` runs: the latencies people would see.
async function pageLatencyDuring(world: World, work: Promise<unknown>) {
  const latencies: number[] = [];
  let done = false;
  const finished = work.finally(() => {
    done = true;
  });
  const sampler = (async () => {
    while (!done) {
      const response = await world.memberB
        .send("/incidents", { timeoutMs: 60_000 })
        .catch(() => null);
      // A request that failed counts as the slowest possible answer.
      latencies.push(response?.status === 200 ? response.ms : Number.POSITIVE_INFINITY);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const outcome = await finished;
  await sampler;
  return { outcome, latencies, p95: percentile(latencies, 0.95) };
}

function logLines(count: number): string {
  const lines: string[] = [];
  const start = Date.parse("2026-03-15T12:00:00Z");
  for (let index = 0; index < count; index++) {
    const time = new Date(start + index * 10).toISOString();
    lines.push(`${time} level=info service=api msg="request ${index} handled" status=200`);
  }
  return lines.join("\n");
}

// Imports one text and answers how many events the incident then has. An import may be
// answered at once (200) or accepted to run in the background (202): then the timeline
// is polled until it holds the expected events.
async function importText(
  session: Session,
  reference: string,
  name: string,
  text: string,
  expected: number,
): Promise<{ status: number; ms: number; events: number; body: string }> {
  const started = performance.now();
  const response = await session.json(
    `/api/incidents/${reference}/evidence/import`,
    "POST",
    { sources: [{ name, text, options: {} }] },
    {},
  );
  if (response.status !== 200 && response.status !== 202)
    return { status: response.status, ms: response.ms, events: 0, body: response.body };
  let events = 0;
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const timeline = await session.send(`/api/incidents/${reference}/timeline?limit=1`);
    if (timeline.status === 200)
      events = (JSON.parse(timeline.body) as { total?: number }).total ?? 0;
    if (response.status === 200 || events >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { status: response.status, ms: performance.now() - started, events, body: response.body };
}

export const loadProbes: Probe[] = [
  {
    name: "cross-origin-json-post",
    async run({ memberA, workspaceReference }) {
      const path = `/api/incidents/${workspaceReference}/evidence/preview`;
      const answers: string[] = [];
      for (const origin of ["http://127.0.0.1:1", "https://evil.example", "null"]) {
        const response = await memberA.json(path, "POST", previewBody(), { Origin: origin });
        if (response.status !== 403) fail(`Origin ${origin} answered ${response.status}, not 403`);
        answers.push(`${origin} → 403`);
      }
      // No Origin but a foreign Referer is refused too.
      const referer = await memberA.send(`/api/incidents/${workspaceReference}`, {
        method: "PUT",
        headers: {
          "Content-Type": "application/json",
          Origin: "",
          Referer: "http://127.0.0.1:1/page",
        },
        body: JSON.stringify({ baseVersion: 1, values: {} }),
      });
      if (referer.status !== 403) fail(`foreign Referer answered ${referer.status}, not 403`);
      return `${answers.join(", ")}, foreign Referer → 403`;
    },
  },
  {
    name: "text-plain-json-post",
    async run({ memberA, workspaceReference }) {
      // A form on another site can send text/plain without a preflight.
      const response = await memberA.send(`/api/incidents/${workspaceReference}/evidence/preview`, {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: JSON.stringify(previewBody()),
      });
      if (response.status !== 415 && response.status !== 400 && response.status !== 403)
        fail(`a text/plain JSON body answered ${response.status}`);
      return `text/plain body → ${response.status}`;
    },
  },
  {
    name: "server-action-foreign-origin",
    async run({ memberA }) {
      const title = `Cross-site ${Math.random().toString(36).slice(2, 8)}`;
      const { response, result } = await memberA.action(
        "/incidents/new",
        "createIncidentAction",
        [{ title }],
        { Origin: "https://evil.example" },
      );
      if (result?.status === "saved" || result?.status === "invalid")
        fail(`the action ran for a foreign Origin (${String(result.status)})`);
      if (response.status !== 403) fail(`refused, but with ${response.status} instead of 403`);
      return `refused with ${response.status}`;
    },
  },
  {
    name: "chunked-oversized-upload",
    timeoutMs: 90_000,
    async run({ app, memberA, workspaceReference }) {
      const result = await streamUpload(
        app.port,
        `/api/incidents/${workspaceReference}/evidence/preview`,
        {
          headers: sessionHeaders(memberA),
          prefix: '{"sources":[{"name":"big.log","text":"',
          totalBytes: 64 * MB,
        },
      );
      const sent = (result.bytesSent / MB).toFixed(1);
      if (result.status !== 413)
        fail(`answered ${result.status} after ${sent} MB: ${result.body.slice(0, 80)}`);
      if (!/MB|large|limit/i.test(result.body))
        fail(`413 without a clear message: ${result.body.slice(0, 80)}`);
      if (result.bytesSent >= 64 * MB) fail(`413, but only after all ${sent} MB were sent`);
      return `413 after ${sent} MB of a 64 MB chunked body`;
    },
  },
  {
    name: "hidden-incident-upload",
    timeoutMs: 90_000,
    async run({ app, viewer, restrictedReference }) {
      const result = await streamUpload(
        app.port,
        `/api/incidents/${restrictedReference}/evidence/import`,
        {
          headers: sessionHeaders(viewer),
          prefix: '{"sources":[{"name":"big.log","text":"',
          totalBytes: 48 * MB,
        },
      );
      const sent = (result.bytesSent / MB).toFixed(1);
      if (result.status !== 404 && result.status !== 403)
        fail(`a viewer's upload to a hidden incident answered ${result.status}`);
      if (result.bytesSent > 16 * MB) fail(`${result.status}, but only after ${sent} MB were read`);
      return `${result.status} after ${sent} MB of a 48 MB chunked body`;
    },
  },
  {
    name: "big-trace-import",
    timeoutMs: 180_000,
    async run({ memberA }) {
      const reference = await createIncident(memberA);
      // One line of Zipkin v2 JSON, just under the 20 MB paste limit.
      const count = 180_000;
      const start = 1_773_576_000_000_000;
      const spans: string[] = [];
      for (let index = 0; index < count; index++) {
        const id = (index + 1).toString(16).padStart(16, "0");
        spans.push(
          `{"traceId":"00000000000000aa","id":"${id}","name":"op","timestamp":${start + index},"duration":5}`,
        );
      }
      const text = `[${spans.join(",")}]`;
      const result = await importText(memberA, reference, "trace.json", text, count);
      const body = result.body.slice(0, 160);
      if (result.status !== 200 && result.status !== 202)
        fail(
          `${count} spans (${(text.length / MB).toFixed(1)} MB) answered ${result.status}: ${body}`,
        );
      const imported = result.events;
      if (imported < count) fail(`${imported} of ${count} spans imported: ${body}`);
      if (/longer than 64 KiB/.test(result.body))
        fail("a one-line trace was reported as truncated lines");
      return `${imported} spans imported in ${(result.ms / 1000).toFixed(1)} s`;
    },
  },
  {
    name: "page-latency-during-import",
    timeoutMs: 180_000,
    async run(world) {
      world.heavyReference = await createIncident(world.memberA);
      const text = logLines(HEAVY_LINES);
      const { outcome, latencies, p95 } = await pageLatencyDuring(
        world,
        importText(world.memberA, world.heavyReference, "heavy.log", text, HEAVY_LINES),
      );
      const response = outcome as Awaited<ReturnType<typeof importText>>;
      if (response.status !== 200 && response.status !== 202)
        fail(`the ${HEAVY_LINES}-line import answered ${response.status}`);
      world.heavyEvents = response.events;
      const detail = `import ${(response.ms / 1000).toFixed(1)} s; ${latencies.length} page requests, p95 ${p95.toFixed(0)} ms`;
      if (!(p95 <= PAGE_P95_LIMIT_MS)) fail(`${detail} (limit ${PAGE_P95_LIMIT_MS} ms)`);
      return detail;
    },
  },
  {
    name: "page-latency-during-exports",
    timeoutMs: 180_000,
    async run(world) {
      if (world.heavyEvents === 0) fail("needs the events of page-latency-during-import");
      const path = `/api/incidents/${world.heavyReference}/timeline/export?format=csv`;
      const exports = Promise.all([
        world.memberA.send(path, { timeoutMs: 120_000 }),
        world.admin.send(path, { timeoutMs: 120_000 }),
      ]);
      const { outcome, latencies, p95 } = await pageLatencyDuring(world, exports);
      const answers = outcome as Awaited<ReturnType<Session["send"]>>[];
      const statuses = answers.map((answer) => answer.status).join(",");
      const slowest = Math.max(...answers.map((answer) => answer.ms));
      const detail = `2 exports of ${world.heavyEvents} events (${statuses}, ${(slowest / 1000).toFixed(1)} s); ${latencies.length} page requests, p95 ${p95.toFixed(0)} ms`;
      if (answers.some((answer) => answer.status !== 200)) fail(detail);
      if (!(p95 <= PAGE_P95_LIMIT_MS)) fail(`${detail} (limit ${PAGE_P95_LIMIT_MS} ms)`);
      return detail;
    },
  },
  {
    name: "heavy-jobs-busy",
    timeoutMs: 180_000,
    async run(world) {
      if (world.heavyEvents === 0) fail("needs the events of page-latency-during-import");
      const path = `/api/incidents/${world.heavyReference}/timeline/export?format=csv`;
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => world.memberA.send(path, { timeoutMs: 120_000 })),
      );
      const busy = answers.filter((answer) => answer.status === 429);
      const statuses = answers.map((answer) => answer.status).join(",");
      if (busy.length === 0) fail(`6 parallel exports by one person all ran (${statuses})`);
      if (!busy.every((answer) => answer.headers["retry-after"]))
        fail(`429 without Retry-After (${statuses})`);
      if (!busy.every((answer) => /busy/i.test(answer.body)))
        fail(`429 without a clear "busy" message`);
      return `6 parallel exports: ${statuses}`;
    },
  },
];
