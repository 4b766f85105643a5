// Probes for sessions, sign-in rate limits and sign-up. They run last: they leave
// addresses and accounts blocked. Each uses its own source address on 127.0.0.0/8, so the
// server sees distinct clients, and accounts made for it alone.
import type { App } from "./app-client";
import { accountIdOf, fail, randomTag, type Probe, type World } from "./world";

const TOO_MANY = /too many|wait|try again later/i;

async function makeMember(world: World, label: string) {
  const person = {
    name: `Probe ${label}`,
    email: `${label}-${randomTag()}@probe.test`,
    password: `correct ${randomTag()} staple`,
  };
  const { result } = await world.admin.action("/admin/users", "createAccountAction", [
    { ...person, role: "member" },
  ]);
  if (result?.status === "error")
    throw new Error(`could not create ${label}: ${JSON.stringify(result)}`);
  return person;
}

async function wrongPassword(
  app: App,
  email: string,
  from: string,
  headers: Record<string, string> = {},
) {
  const { error } = await app.session(from).signIn(email, "wrong password 123", headers);
  return error ?? "";
}

export const signInProbes: Probe[] = [
  {
    name: "session-after-sign-out",
    async run(world) {
      const person = await makeMember(world, "signout");
      const session = world.app.session("127.0.0.30");
      if (!(await session.signIn(person.email, person.password)).isSignedIn)
        fail("could not sign in");
      const copied = session.sessionToken() ?? "";
      await session.signOut();
      const thief = world.app.session("127.0.0.31");
      thief.cookies.set("next-auth.session-token", copied);
      const read = await thief.send("/api/incidents");
      const write = await thief.json(`/api/incidents/${world.workspaceReference}`, "PUT", {
        baseVersion: 1,
        values: {},
      });
      if (read.status !== 401 || write.status !== 401)
        fail(
          `a copied cookie still works after sign-out: read ${read.status}, write ${write.status}`,
        );
      return `copied cookie after sign-out: read ${read.status}, write ${write.status}`;
    },
  },
  {
    name: "session-after-reactivation",
    async run(world) {
      const person = await makeMember(world, "reactivated");
      const session = world.app.session("127.0.0.32");
      if (!(await session.signIn(person.email, person.password)).isSignedIn)
        fail("could not sign in");
      const userId = await accountIdOf(session);
      for (const isActive of [false, true]) {
        const { result } = await world.admin.action("/admin/users", "setAccountActiveAction", [
          { userId, isActive },
        ]);
        if (result?.status === "error")
          fail(`could not set active=${isActive}: ${JSON.stringify(result)}`);
      }
      const read = await session.send("/api/incidents");
      if (read.status !== 401)
        fail(`the session from before deactivation still reads (${read.status})`);
      return "deactivation ended the session; reactivation did not revive it";
    },
  },
  {
    name: "signup-discovery",
    async run(world) {
      const attempt = async (email: string) => {
        const { result } = await world.app
          .session("127.0.0.40")
          .action("/sign-up", "signUpAction", [
            { name: "Probe Discovery", email, password: `long password ${randomTag()}` },
          ]);
        return JSON.stringify(result);
      };
      const taken = await attempt(world.people.memberA.email);
      const fresh = await attempt(`fresh-${randomTag()}@probe.test`);
      if (taken !== fresh)
        fail(`taken email: ${taken.slice(0, 90)} / new email: ${fresh.slice(0, 90)}`);
      return `same answer for a taken and a new email: ${taken.slice(0, 60)}`;
    },
  },
  {
    name: "signup-rate-limit",
    timeoutMs: 90_000,
    async run(world) {
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          world.app.session("127.0.0.41").action("/sign-up", "signUpAction", [
            {
              name: "Probe Flood",
              email: `flood-${randomTag()}@probe.test`,
              password: `long password ${randomTag()}`,
            },
          ]),
        ),
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const limited = answers.filter(
        ({ response, result }) => response.status === 429 || TOO_MANY.test(JSON.stringify(result)),
      );
      if (limited.length === 0)
        fail(`20 parallel sign-ups from one address all accepted (${seconds} s)`);
      return `${limited.length} of 20 parallel sign-ups refused (${seconds} s)`;
    },
  },
  {
    name: "xff-rotation",
    timeoutMs: 120_000,
    async run({ app }) {
      // Wrong passwords for made-up accounts, a new X-Forwarded-For each time.
      for (let attempt = 1; attempt <= 40; attempt++) {
        const error = await wrongPassword(app, `nobody-${randomTag()}@probe.test`, "127.0.0.50", {
          "X-Forwarded-For": `203.0.113.${attempt}`,
        });
        if (TOO_MANY.test(error))
          return `address blocked after ${attempt} attempts despite rotation`;
      }
      fail("40 failed sign-ins, each with a new X-Forwarded-For, were never blocked");
    },
  },
  {
    name: "xff-spoofing",
    timeoutMs: 120_000,
    async run(world) {
      const victim = await makeMember(world, "victim");
      // An attacker names the victim's address (as a proxy would send it) in X-Forwarded-For.
      const named = { "X-Forwarded-For": "198.51.100.7" };
      for (let attempt = 0; attempt < 25; attempt++)
        await wrongPassword(world.app, `nobody-${randomTag()}@probe.test`, "127.0.0.51", named);
      const { isSignedIn, error } = await world.app
        .session("127.0.0.52")
        .signIn(victim.email, victim.password, named);
      if (!isSignedIn) fail(`the victim could not sign in: ${error}`);
      return "25 failures naming the victim's address did not block the victim";
    },
  },
  {
    name: "admin-lockout",
    timeoutMs: 60_000,
    async run({ app, people }) {
      // From another address, wrong passwords for the admin's account.
      for (let attempt = 0; attempt < 8; attempt++)
        await wrongPassword(app, people.admin.email, "127.0.0.60");
      const { isSignedIn, error } = await app
        .session("127.0.0.1")
        .signIn(people.admin.email, people.admin.password);
      if (!isSignedIn)
        fail(`after 8 failures from 127.0.0.60 the admin could not sign in: ${error}`);
      return "8 failures from another address; the admin still signs in";
    },
  },
  {
    name: "parallel-wrong-passwords",
    timeoutMs: 60_000,
    async run(world) {
      const target = await makeMember(world, "parallel");
      const errors = await Promise.all(
        Array.from({ length: 30 }, () => wrongPassword(world.app, target.email, "127.0.0.70")),
      );
      const checked = errors.filter((error) => !TOO_MANY.test(error)).length;
      // Five failures lock the account (or the account from that address); an atomic
      // count-and-check lets no more than that through.
      if (checked > 5) fail(`${checked} of 30 parallel wrong passwords were checked (limit 5)`);
      return `${checked} of 30 parallel wrong passwords checked, the rest refused`;
    },
  },
];
