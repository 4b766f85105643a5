// The server restarts in the middle of an edit: the page says it is reconnecting, keeps
// what is typed meanwhile, and after reconnecting every typed character is there, also
// for a fresh page. The spec runs its own server (scripts/start.ts on its own port and
// temporary data folder) so it can stop and start it without disturbing other tests.
import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { documentText } from "./collab-helpers";
import { createIncident, signUp, uniqueName } from "./helpers";

const port = Number(process.env.E2E_PORT ?? 3100) + 1;
const baseURL = `http://127.0.0.1:${port}`;
const root = path.resolve(import.meta.dirname, "..", "..");
let dataDir: string;

function startServer(): ChildProcess {
  const server = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: root,
    // Its own process group, so a stop reaches the server the way Ctrl-C would.
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      PORT: String(port),
      DEBRIEF_DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, "restart.db")}`,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: undefined,
      DEBRIEF_SIGNUP: "open",
      DEBRIEF_SIGNUPS_PER_HOUR: "1000",
    },
  });
  return server;
}

async function waitUntilServing(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const answer = await fetch(`${baseURL}/sign-in`).catch(() => null);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the restart server did not come up");
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-(server.pid ?? 0), "SIGTERM");
  await exited;
}

test.beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "debrief-e2e-restart-"));
});
test.afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test("a server restart mid-edit loses no typed character", async ({ browser }) => {
  test.setTimeout(300_000);
  let server = startServer();
  try {
    await waitUntilServing();
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signUp(page, {
      name: "Rita Restart",
      email: "rita@e2e.test",
      password: "long enough password",
    });
    const reference = await createIncident(page, { title: uniqueName("Restart") });
    const status = page.getByTestId("collab-status");
    const editor = page.getByRole("textbox", { name: "Narrative" });
    await expect(status).toHaveText("Connected");

    // Typing, and the server stops right after the last key.
    await editor.click();
    await page.keyboard.type("Typed before the restart.", { delay: 20 });
    await stopServer(server);
    await expect(status).toHaveText("Reconnecting… your edits are kept and will sync");

    // Typing while it is down stays in the page.
    await page.keyboard.type(" Typed while it was down.", { delay: 20 });
    await expect(editor).toContainText("Typed while it was down.");

    server = startServer();
    await waitUntilServing();
    await expect(status).toHaveText("Connected", { timeout: 60_000 });
    await page.keyboard.type(" Typed after.", { delay: 20 });
    const expected = "Typed before the restart. Typed while it was down. Typed after.";
    await expect.poll(() => documentText(editor)).toBe(expected);

    // Stored: a restart again, then a fresh page reads every character.
    await page.waitForTimeout(500);
    await stopServer(server);
    server = startServer();
    await waitUntilServing();
    const fresh = await context.newPage();
    await fresh.goto(`/incidents/${reference}`);
    await expect(fresh.getByTestId("collab-status")).toHaveText("Connected", { timeout: 60_000 });
    await expect
      .poll(() => documentText(fresh.getByRole("textbox", { name: "Narrative" })))
      .toBe(expected);
    await context.close();
  } finally {
    await stopServer(server).catch(() => undefined);
  }
});
