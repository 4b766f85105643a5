// Probes for authorization, redirects, the database file and clear errors.
import fs from "node:fs";
import path from "node:path";
import { createIncident, fail, incidentValues, readIncident, type Probe } from "./world";

const EVIL = "evil.example";

// A Location a browser would follow off-site: browsers drop tabs and newlines and read
// "\" as "/", so "/\t/evil.example" is "//evil.example".
function leavesTheApp(location: string, origin: string): boolean {
  const normalised = location.replace(/[\u0000-\u001f\u007f]/g, "").replaceAll("\\", "/");
  try {
    return new URL(normalised, origin).origin !== origin;
  } catch {
    return true;
  }
}

function openRedirect(name: string, callbackUrl: string): Probe {
  return {
    name,
    async run({ app, admin }) {
      const path = `/sign-in?callbackUrl=${callbackUrl}`;
      // Signed in: the sign-in page redirects straight to the callback.
      const signedIn = await admin.send(path);
      // Signed out: the callback is what the sign-in form will go to.
      const anonymous = await app.session().send(path);
      for (const [who, response] of [
        ["signed in", signedIn],
        ["signed out", anonymous],
      ] as const) {
        if (response.status >= 500) fail(`${who}: ${response.status} for ${path}`);
        const location = response.headers.location ?? "";
        if (location && leavesTheApp(location, app.origin))
          fail(`${who}: Location ${JSON.stringify(location)} leaves the app`);
        if (response.body.includes(EVIL) && !response.body.includes(encodeURIComponent(EVIL)))
          fail(`${who}: the page still carries ${EVIL} as a return path`);
      }
      return `signed in → ${signedIn.status} ${JSON.stringify(signedIn.headers.location ?? "")}, signed out → ${anonymous.status}`;
    },
  };
}

export const accessProbes: Probe[] = [
  {
    name: "db-file-permissions",
    async run({ databaseFile }) {
      const folder = path.dirname(databaseFile);
      const folderMode = fs.statSync(folder).mode & 0o777;
      const fileMode = fs.statSync(databaseFile).mode & 0o777;
      const detail = `${folder} ${folderMode.toString(8)}, ${path.basename(databaseFile)} ${fileMode.toString(8)}`;
      if (folderMode & 0o077 || fileMode & 0o077) fail(`${detail} (want 700 and 600)`);
      return detail;
    },
  },
  {
    name: "restricted-with-no-participants",
    async run({ memberA, admin, people }) {
      // A member restricts their own incident naming nobody, and an admin does the same to it.
      const reference = await createIncident(memberA);
      const before = await readIncident(memberA, reference);
      const put = await memberA.json(`/api/incidents/${reference}`, "PUT", {
        baseVersion: before.version,
        values: incidentValues({ title: before.values.title, visibility: "restricted" }),
      });
      if (put.status !== 200) fail(`member's restricting PUT answered ${put.status}`);
      const other = await createIncident(memberA);
      const adminPut = await admin.json(`/api/incidents/${other}`, "PUT", {
        baseVersion: 1,
        values: incidentValues({ visibility: "restricted" }),
      });
      if (adminPut.status !== 200) fail(`admin's restricting PUT answered ${adminPut.status}`);
      const creatorView = await memberA.send(`/api/incidents/${other}`);
      if (creatorView.status !== 200)
        fail(`the creator lost access after an admin restricted it (${creatorView.status})`);
      const after = await readIncident(memberA, reference);
      const ids = after.values.participants.map((participant) => participant.userId);
      if (!ids.includes(people.memberA.id)) fail("the member who restricted it is not listed");
      return `creator and restricting person kept (${ids.length} listed)`;
    },
  },
  {
    name: "models-and-review-access",
    async run({ memberB, restrictedReference, workspaceReference }) {
      const results: string[] = [];
      for (const tab of ["models", "review"]) {
        const full = await memberB.send(`/incidents/${restrictedReference}/${tab}`);
        if (full.status !== 404) fail(`${tab}: page load answered ${full.status}, not 404`);
        // A client-side navigation from another incident's page: the router says the
        // incident layout is already on screen, so the server renders the page segment only.
        const tree = [
          "",
          {
            children: [
              "incidents",
              {
                children: [
                  ["reference", restrictedReference, "d", null],
                  { children: ["__PAGE__", {}] },
                ],
              },
            ],
          },
        ];
        const headers = {
          RSC: "1",
          "Next-Router-State-Tree": encodeURIComponent(JSON.stringify(tree)),
          "Next-Url": `/incidents/${workspaceReference}`,
        };
        let navigation = await memberB.send(`/incidents/${restrictedReference}/${tab}`, {
          headers,
        });
        // Next asks for its cache-busting `_rsc` parameter first.
        const location = navigation.headers.location;
        if (navigation.status === 307 && location?.includes("_rsc="))
          navigation = await memberB.send(location, { headers });
        const isNotFound =
          navigation.status === 404 ||
          navigation.status === 403 ||
          navigation.body.includes("NEXT_HTTP_ERROR_FALLBACK;404") ||
          navigation.body.includes("NEXT_NOT_FOUND");
        if (!isNotFound)
          fail(
            `${tab}: client-side navigation answered ${navigation.status} with the page's content`,
          );
        results.push(`${tab} ${full.status}/${navigation.status}`);
      }
      return results.join(", ");
    },
  },
  {
    name: "admin-pages-and-viewer-writes",
    async run({ memberA, viewer, workspaceReference }) {
      // Held in the review already; kept so a regression shows here.
      for (const path of ["/admin/users", "/admin/settings"]) {
        const response = await memberA.send(path);
        if (response.status !== 404) fail(`a member opened ${path} (${response.status})`);
      }
      const put = await viewer.json(`/api/incidents/${workspaceReference}`, "PUT", {
        baseVersion: 1,
        values: incidentValues(),
      });
      if (put.status !== 403 && put.status !== 404) fail(`a viewer's PUT answered ${put.status}`);
      const { result } = await viewer.action("/incidents", "createIncidentAction", [
        incidentValues(),
      ]);
      if (result?.status !== "error")
        fail(`a viewer creating an incident got ${JSON.stringify(result)}`);
      return `admin pages 404 for a member; viewer PUT ${put.status}, create refused`;
    },
  },
  openRedirect("open-redirect-tab", "%2F%09%2Fevil.example%2F"),
  openRedirect("open-redirect-newline", "%2F%0A%2Fevil.example%2F"),
  openRedirect("open-redirect-backslash", "%2F%5Cevil.example%2F"),
  openRedirect("open-redirect-absolute", "https%3A%2F%2Fevil.example%2F"),
  {
    name: "bad-session-cookies",
    async run({ app, serverLog }) {
      const logBefore = serverLog?.().length ?? 0;
      const statuses: number[] = [];
      for (const value of ["garbage", "a.b.c.d.e", "%00%ff", "x".repeat(3000)]) {
        const session = app.session();
        session.cookies.set("next-auth.session-token", value);
        const response = await session.send("/api/incidents");
        statuses.push(response.status);
        if (response.status !== 401)
          fail(`cookie ${value.slice(0, 12)}… answered ${response.status}, not 401`);
      }
      const logged = serverLog?.().slice(logBefore) ?? "";
      if (
        /\n\s+at .+\(.+:\d+:\d+\)/.test(logged) ||
        /JWEDecryptionFailed|JWT_SESSION_ERROR/.test(logged)
      )
        fail(`answered ${statuses.join(",")} but the server logged a stack trace`);
      return `answered ${statuses.join(",")}${serverLog ? ", no stack trace logged" : ""}`;
    },
  },
  {
    name: "bad-query-params",
    async run({ memberA, workspaceReference }) {
      const base = `/api/incidents/${workspaceReference}`;
      const paths = [
        `${base}/timeline?at=99999-01-01`,
        `${base}/timeline?at=-271821-04-19T00:00:00Z`,
        `${base}/timeline?offset=-5&limit=1e9`,
        `${base}/timeline?offset=abc&limit=NaN`,
        `${base}/timeline/export?format=%00`,
        `${base}/timeline/events/does-not-exist`,
        `${base}?zone=Not/AZone`,
        "/api/incidents?page=-1&severity=SEV99&from=2026-13-45",
        "/api/incidents?q=%E0%A4%A",
      ];
      const bad: string[] = [];
      for (const path of paths) {
        const response = await memberA.send(path);
        if (response.status >= 500) bad.push(`${path} → ${response.status}`);
      }
      if (bad.length > 0) fail(bad.join("; "));
      return `${paths.length} malformed requests, none answered 5xx`;
    },
  },
  {
    name: "impossible-dates",
    async run({ memberA }) {
      const reference = await createIncident(memberA);
      const response = await memberA.json(`/api/incidents/${reference}`, "PUT", {
        baseVersion: 1,
        values: incidentValues({ startedAt: "2026-13-45T99:99" }),
      });
      if (response.status !== 400) fail(`PUT answered ${response.status}, not 400`);
      const { result } = await memberA.action(`/incidents/${reference}`, "updateIncidentAction", [
        reference,
        { baseVersion: 1, values: incidentValues({ startedAt: "2026-02-30T10:00" }) },
      ]);
      if (result?.status === "saved") fail("the form's save reported an impossible date as saved");
      return `PUT 400; form answered ${String(result?.status)}`;
    },
  },
  {
    name: "oversized-narrative",
    timeoutMs: 60_000,
    async run({ memberA }) {
      const reference = await createIncident(memberA);
      const narrative = JSON.stringify({
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(1_390_000) }] }],
      });
      const values = incidentValues({ narrative });
      const put = await memberA.json(`/api/incidents/${reference}`, "PUT", {
        baseVersion: 1,
        values,
      });
      const { response, result } = await memberA.action(
        `/incidents/${reference}`,
        "updateIncidentAction",
        [reference, { baseVersion: put.status === 200 ? 2 : 1, values }],
      );
      if (put.status >= 500) fail(`PUT answered ${put.status}`);
      if (response.status >= 500 || result === null || result.code === "internal")
        fail(
          `saving from the form answered ${response.status} ${JSON.stringify(result)?.slice(0, 80)}; PUT ${put.status}`,
        );
      const formSaved = result.status === "saved";
      if (formSaved !== (put.status === 200))
        fail(`the limits differ: PUT ${put.status}, form ${String(result.status)}`);
      return `1.39 MB narrative: PUT ${put.status}, form ${String(result.status)}`;
    },
  },
  {
    name: "oversized-event-message",
    timeoutMs: 60_000,
    async run({ memberA, workspaceReference }) {
      const { response, result } = await memberA.action(
        `/incidents/${workspaceReference}/timeline`,
        "createManualEventAction",
        [
          workspaceReference,
          {
            values: {
              time: "2026-03-15T12:00:00.000Z",
              message: "m".repeat(1_100_000),
              service: "",
              level: "",
              keyMoment: null,
              keyMomentNote: "",
            },
          },
        ],
      );
      if (response.status >= 500 || result === null || result.code === "internal")
        fail(
          `answered ${response.status} ${JSON.stringify(result)?.slice(0, 80) ?? "(no result)"}`,
        );
      if (result.status === "saved")
        fail("a 1.1 MB message was saved past the 20,000-character limit");
      return `answered ${String(result.status)}: ${JSON.stringify(result.fieldErrors ?? result.message).slice(0, 80)}`;
    },
  },
  {
    name: "bidi-and-control-text",
    async run({ memberA }) {
      const title = `invoice\u202Egnp.exe\u0007 ${Math.random().toString(36).slice(2, 6)}`;
      const reference = await createIncident(memberA, { title });
      const stored = (await readIncident(memberA, reference)).values.title;
      if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(stored))
        fail("a control character was stored in the title");
      const page = await memberA.send(`/incidents/${reference}`);
      if (page.body.includes("\u202E")) fail("the page shows a raw U+202E right-to-left override");
      return `stored ${JSON.stringify(stored)}; page shows no raw bidi override`;
    },
  },
];
