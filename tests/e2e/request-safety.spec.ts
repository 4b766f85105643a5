// Cross-site requests and bounded uploads, tried as an attacker would: a page on another
// origin writing with the signed-in person's cookie, a text/plain body, a server action
// replayed with a foreign Origin, and chunked uploads past the limit or without access.
import { expect, test, type BrowserContext } from "@playwright/test";
import http from "node:http";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";

const FOREIGN = "http://127.0.0.1:4000";
const paste = {
  sources: [{ name: "app.log", text: "2026-03-14T09:00:00Z boom" }],
};

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

// Sends `total` bytes as a chunked upload (no Content-Length) and reports how many bytes
// had been sent when the server answered: a server that reads the whole body first
// answers only after all of it.
function chunkedUpload(
  url: string,
  headers: Record<string, string>,
  total: number,
): Promise<{ status: number; body: string; sentBeforeAnswer: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let isAnswered = false;
    const request = http.request(url, {
      method: "POST",
      headers: { ...headers, "transfer-encoding": "chunked" },
    });
    request.on("response", (response) => {
      isAnswered = true;
      const sentBeforeAnswer = sent;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (data: string) => (body += data));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body, sentBeforeAnswer });
      });
    });
    request.on("error", (error) => {
      if (!isAnswered) reject(error);
    });
    request.write('{"sources":[{"name":"big.log","text":"');
    const pump = () => {
      while (!isAnswered && sent < total) {
        sent += chunk.length;
        if (!request.write(chunk)) {
          request.once("drain", pump);
          return;
        }
      }
      if (!isAnswered) request.end('"}]}');
    };
    pump();
  });
}

test("JSON routes refuse foreign origins and non-JSON bodies", async ({ browser, baseURL }) => {
  const { page, context } = await newMemberPage(browser);
  const reference = await createIncident(page, { title: uniqueName("Cross-site") });
  const evidence = `/api/incidents/${reference}/evidence/preview`;
  const evidenceImport = `/api/incidents/${reference}/evidence/import`;
  const own = new URL(baseURL ?? "").origin;

  // Another port of the same host, with the member's cookie: refused, nothing imported.
  const foreign = await page.request.post(evidenceImport, {
    headers: { origin: FOREIGN },
    data: paste,
  });
  expect(foreign.status()).toBe(403);
  expect(((await foreign.json()) as { error: { message: string } }).error.message).toMatch(
    /did not come from a Debrief page/,
  );
  const viaReferer = await page.request.post(evidence, {
    headers: { referer: `${FOREIGN}/attack.html` },
    data: paste,
  });
  expect(viaReferer.status()).toBe(403);
  const anonymous = await page.request.post(evidence, { data: paste });
  expect(anonymous.status()).toBe(403);

  // A "simple" cross-site body (text/plain) from our own origin is still refused: 415.
  const plain = await page.request.post(evidence, {
    headers: { origin: own, "content-type": "text/plain" },
    data: JSON.stringify(paste),
  });
  expect(plain.status()).toBe(415);
  expect(((await plain.json()) as { error: { message: string } }).error.message).toMatch(
    /application\/json/,
  );

  const write = await page.request.put(`/api/incidents/${reference}`, {
    headers: { origin: FOREIGN },
    data: { baseVersion: 1, values: {} },
  });
  expect(write.status()).toBe(403);

  // The same request from our own origin works.
  const ok = await page.request.post(evidence, { headers: { origin: own }, data: paste });
  expect(ok.status()).toBe(200);
  const timeline = (await (
    await page.request.get(`/api/incidents/${reference}/timeline`)
  ).json()) as {
    total: number;
  };
  expect(timeline.total).toBe(0);
  // Preview stores nothing; the import endpoint stores the same paste.
  const imported = await page.request.post(evidenceImport, {
    headers: { origin: own },
    data: paste,
  });
  expect(imported.status()).toBe(200);
  expect(((await imported.json()) as { events: number }).events).toBe(1);
  const after = (await (await page.request.get(`/api/incidents/${reference}/timeline`)).json()) as {
    total: number;
  };
  expect(after.total).toBe(1);
  await context.close();
});

test("server actions refuse a foreign origin", async ({ browser }) => {
  const { page, context } = await newMemberPage(browser);
  const reference = await createIncident(page, { title: uniqueName("Action origin") });
  await page.goto(`/incidents/${reference}/timeline`);

  // Replay the manual-event action as if another site had sent it.
  let actionStatus = 0;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      const response = await route.fetch({ headers: { ...request.headers(), origin: FOREIGN } });
      actionStatus = response.status();
      await route.fulfill({ response });
      return;
    }
    await route.continue();
  });
  const form = page.getByRole("region", { name: "Add an event" });
  await form.getByLabel("Time (UTC)").fill("2026-03-14 09:24:00");
  await form.getByLabel("What happened").fill("Forged by another site");
  await form.getByRole("button", { name: "Add event" }).click();
  await expect.poll(() => actionStatus).not.toBe(0);
  expect(actionStatus).toBe(403);
  const timeline = (await (
    await page.request.get(`/api/incidents/${reference}/timeline`)
  ).json()) as {
    total: number;
  };
  expect(timeline.total).toBe(0);
  await context.close();
});

test("evidence uploads: access is checked before the body, and the body is bounded", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = await adminContext.newPage();
  const hidden = await createIncident(admin, {
    title: uniqueName("Hidden upload"),
    restricted: true,
  });
  const { page, context } = await newMemberPage(browser);
  const own = await createIncident(page, { title: uniqueName("Big upload") });
  const headers = {
    cookie: await cookieHeader(context),
    origin: new URL(baseURL ?? "").origin,
    "content-type": "application/json",
  };

  // 200 MB to an incident the member may not see: 404 long before the body is sent.
  const stranger = await chunkedUpload(
    `${baseURL}/api/incidents/${hidden}/evidence/import`,
    headers,
    200 * 1024 * 1024,
  );
  expect(stranger.status).toBe(404);
  expect(stranger.sentBeforeAnswer).toBeLessThan(20 * 1024 * 1024);

  // 300 MB chunked to their own incident: 413 with a clear message once the limit (40 MB of
  // JSON) is passed, not after the whole upload.
  const tooBig = await chunkedUpload(
    `${baseURL}/api/incidents/${own}/evidence/preview`,
    headers,
    300 * 1024 * 1024,
  );
  expect(tooBig.status).toBe(413);
  expect(tooBig.body).toMatch(/more than 20 MB at once/);
  expect(tooBig.sentBeforeAnswer).toBeLessThan(60 * 1024 * 1024);

  // A viewer may read the member's incident but not add to it: 403, body unread.
  const viewer = {
    name: uniqueName("Viewer"),
    email: `${uniqueName("viewer").replace(" ", "-")}@e2e.test`,
    password: "long enough password",
  };
  await admin.goto("/admin/users");
  await admin.getByLabel("Name").fill(viewer.name);
  await admin.getByLabel("Email").fill(viewer.email);
  await admin.getByLabel("Initial password").fill(viewer.password);
  await admin.getByLabel("Role", { exact: true }).selectOption("viewer");
  await admin.getByRole("button", { name: "Add person" }).click();
  await expect(admin.getByText(`Account created for ${viewer.email}`)).toBeVisible();
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await viewerPage.goto("/sign-in");
  await viewerPage.getByLabel("Email").fill(viewer.email);
  await viewerPage.getByLabel("Password").fill(viewer.password);
  await viewerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(viewerPage).toHaveURL(/\/incidents/);
  const readOnly = await chunkedUpload(
    `${baseURL}/api/incidents/${own}/evidence/import`,
    { ...headers, cookie: await cookieHeader(viewerContext) },
    200 * 1024 * 1024,
  );
  expect(readOnly.status).toBe(403);
  expect(readOnly.body).toMatch(/Viewers can read incidents but not change them/);
  expect(readOnly.sentBeforeAnswer).toBeLessThan(20 * 1024 * 1024);
  await viewerContext.close();
  await context.close();
  await adminContext.close();
});
