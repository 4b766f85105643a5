// `npm run probe:security`: replays the attacks of issue #9 against Debrief and prints one
// line per probe, `PASS name — detail` or `FAIL name — detail`, then
// `security probes: N passed, N failed` (exit 1 if any failed).
//
// By default it starts its own server on 127.0.0.1 (port PROBE_PORT, default 3190) with a
// fresh temporary data folder, and removes it afterwards. PROBE_URL=http://127.0.0.1:PORT
// targets a running server instead (PROBE_ADMIN_EMAIL / PROBE_ADMIN_PASSWORD: an admin
// there; the database file is found from DEBRIEF_DATA_DIR / DATABASE_URL as the app does).
// PROBE_ONLY=name[,name] runs only probes whose names contain one of those words.
// Bounded: only 127.0.0.x, a timeout per probe and a budget for the whole run.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseFilePath, resolveDatabaseUrl } from "../lib/database-url";
import { App } from "./security-probes/app-client";
import { request } from "./security-probes/http";
import { accessProbes } from "./security-probes/probes-access";
import { loadProbes } from "./security-probes/probes-load";
import { signInProbes } from "./security-probes/probes-sign-in";
import {
  accountIdOf,
  createIncident,
  randomTag,
  type Probe,
  type World,
} from "./security-probes/world";

const root = path.resolve(import.meta.dirname, "..");
const DEFAULT_TIMEOUT_MS = 30_000;
const RUN_BUDGET_MS = 8 * 60_000;
const SERVER_START_TIMEOUT_MS = 6 * 60_000;

const probes: Probe[] = [...accessProbes, ...loadProbes, ...signInProbes];

interface Server {
  port: number;
  databaseFile: string;
  log: (() => string) | null;
  stop: () => void;
}

function targetFromUrl(url: string): Server {
  const parsed = new URL(url);
  if (parsed.hostname !== "127.0.0.1" || parsed.protocol !== "http:")
    throw new Error(
      `PROBE_URL must be http://127.0.0.1:PORT (got ${url}): probes never leave this machine.`,
    );
  return {
    port: Number(parsed.port || 80),
    databaseFile: path.resolve(root, databaseFilePath(resolveDatabaseUrl(process.env, root))),
    log: null,
    stop: () => undefined,
  };
}

async function startServer(port: number): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "debrief-probe-"));
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DEBRIEF_HOST: "127.0.0.1",
    DEBRIEF_DATA_DIR: path.join(dataDir, "data"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    DEBRIEF_SIGNUP: "open",
    NODE_ENV: "production",
  };
  // The database must follow the data folder, and the secret be generated there.
  delete environment.DATABASE_URL;
  delete environment.NEXTAUTH_SECRET;
  let output = "";
  const child: ChildProcess = spawn(
    path.join(root, "node_modules", ".bin", "tsx"),
    [path.join(root, "scripts", "start.ts")],
    {
      cwd: root,
      env: environment,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    if (output.length > 4 * 1024 * 1024) output = output.slice(-2 * 1024 * 1024);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  let exited = false;
  child.on("exit", () => (exited = true));
  const stop = () => {
    // The start script and the Next server it spawned share this process group.
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  console.log(
    `Starting Debrief on http://127.0.0.1:${port} (data in ${dataDir}; builds first if needed)…`,
  );
  while (Date.now() < deadline) {
    if (exited) {
      stop();
      throw new Error(`The server exited during start:\n${output.slice(-3000)}`);
    }
    try {
      const response = await request(port, "/sign-in", { timeoutMs: 2000 });
      if (response.status < 500) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (Date.now() >= deadline) {
    stop();
    throw new Error(
      `The server did not answer within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${output.slice(-3000)}`,
    );
  }
  return {
    port,
    databaseFile: path.join(dataDir, "data", "debrief.db"),
    log: () => output,
    stop,
  };
}

async function signedIn(app: App, email: string, password: string, from: string) {
  const session = app.session(from);
  const { isSignedIn, error } = await session.signIn(email, password);
  if (!isSignedIn) throw new Error(`could not sign in as ${email}: ${error}`);
  return session;
}

// People and incidents, made through the real app as a person would.
async function setUp(server: Server): Promise<World> {
  const app = new App(server.port);
  const admin = {
    email: process.env.PROBE_ADMIN_EMAIL ?? `admin-${randomTag()}@probe.test`,
    password: process.env.PROBE_ADMIN_PASSWORD ?? `admin ${randomTag()} password`,
  };
  if (!process.env.PROBE_ADMIN_EMAIL) {
    // The first account of a fresh workspace becomes its admin.
    // Whatever sign-up answers, signing in tells whether the account exists.
    const { result } = await app
      .session()
      .action("/sign-up", "signUpAction", [{ name: "Probe Admin", ...admin }]);
    if (result?.status === "error")
      throw new Error(`could not create the admin: ${JSON.stringify(result)}`);
  }
  const adminSession = await signedIn(app, admin.email, admin.password, "127.0.0.1");
  const people = { admin: { id: "", ...admin } } as World["people"];
  const sessions: Partial<Record<keyof World["people"], ReturnType<App["session"]>>> = {
    admin: adminSession,
  };
  for (const [key, role, from] of [
    ["memberA", "member", "127.0.0.2"],
    ["memberB", "member", "127.0.0.3"],
    ["viewer", "viewer", "127.0.0.4"],
  ] as const) {
    const person = {
      name: `Probe ${key}`,
      email: `${key}-${randomTag()}@probe.test`,
      password: `${key} ${randomTag()} password`,
    };
    const { result } = await adminSession.action("/admin/users", "createAccountAction", [
      { ...person, role },
    ]);
    if (result?.status === "error")
      throw new Error(`could not create ${key}: ${JSON.stringify(result)}`);
    sessions[key] = await signedIn(app, person.email, person.password, from);
    people[key] = { id: "", ...person };
  }
  const workspaceReference = await createIncident(adminSession);
  const restrictedReference = await createIncident(adminSession, { visibility: "restricted" });
  const world: World = {
    app,
    databaseFile: server.databaseFile,
    serverLog: server.log,
    admin: adminSession,
    memberA: sessions.memberA!,
    memberB: sessions.memberB!,
    viewer: sessions.viewer!,
    people,
    workspaceReference,
    restrictedReference,
    heavyReference: "",
    heavyEvents: 0,
  };
  await findPersonIds(world);
  return world;
}

async function findPersonIds(world: World): Promise<void> {
  world.people.admin.id = await accountIdOf(world.admin);
  world.people.memberA.id = await accountIdOf(world.memberA);
}

async function runProbe(
  probe: Probe,
  world: World,
  budgetEnd: number,
): Promise<{ passed: boolean; line: string }> {
  const timeoutMs = Math.min(
    probe.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    Math.max(0, budgetEnd - Date.now()),
  );
  if (timeoutMs <= 0)
    return { passed: false, line: `FAIL ${probe.name} — not run: the run's time budget is spent` };
  let timer: NodeJS.Timeout | undefined;
  try {
    const detail = await Promise.race([
      probe.run(world),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no result within ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
      }),
    ]);
    return { passed: true, line: `PASS ${probe.name} — ${detail}` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { passed: false, line: `FAIL ${probe.name} — ${message.split("\n")[0]}` };
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<number> {
  const only = (process.env.PROBE_ONLY ?? "")
    .split(",")
    .map((word) => word.trim())
    .filter(Boolean);
  const selected = probes.filter(
    (probe) => only.length === 0 || only.some((word) => probe.name.includes(word)),
  );
  if (selected.length === 0) {
    console.error(
      `No probe matches PROBE_ONLY=${process.env.PROBE_ONLY}. Probes: ${probes.map((probe) => probe.name).join(", ")}`,
    );
    return 1;
  }
  const server = process.env.PROBE_URL
    ? targetFromUrl(process.env.PROBE_URL)
    : await startServer(Number(process.env.PROBE_PORT ?? 3190));
  const stop = () => server.stop();
  // The server runs in its own process group: never leave it behind.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  let passed = 0;
  let failed = 0;
  try {
    const budgetEnd = Date.now() + RUN_BUDGET_MS;
    let world: World;
    try {
      world = await setUp(server);
    } catch (error) {
      console.log(`FAIL setup — ${error instanceof Error ? error.message : String(error)}`);
      console.log(`security probes: 0 passed, ${selected.length + 1} failed`);
      return 1;
    }
    for (const probe of selected) {
      const result = await runProbe(probe, world, budgetEnd);
      console.log(result.line);
      if (result.passed) passed++;
      else failed++;
    }
  } finally {
    stop();
  }
  console.log(`security probes: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.log("security probes: 0 passed, 1 failed");
    process.exit(1);
  },
);
