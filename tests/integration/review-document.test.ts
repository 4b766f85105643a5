// The review as a document and its exports, against the demo incident that `npm run demo`
// seeds (run as a child process on this file's database) and incidents made here: what
// each person may see, the export route's answers, and the PDF read back as text.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser, WorkspaceRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { exportReview } from "@/lib/review-document/export-review";
import { loadReviewDocument } from "@/lib/review-document/load-review-document";
import type { ReviewDocument } from "@/lib/review-document/review-document";
import { pdfText } from "../unit/review-document/pdf-text";
import { makeIncident, makeUser } from "./factories";

// The demo seed applies migrations its own way (prisma migrate), so this file works on a
// database of its own that the seed creates, in the setup's temporary folder.
vi.hoisted(() => {
  process.env.DATABASE_URL = `file:${process.env.DEBRIEF_DATA_DIR}/demo.db`;
});
const signedIn = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  requireUser: () => {
    if (!signedIn.user) throw new Error("no user");
    return Promise.resolve(signedIn.user);
  },
}));
vi.mock("@/lib/time/viewer-zone", () => ({ getViewerZone: () => Promise.resolve("UTC") }));
const { GET } = await import("@/app/api/incidents/[reference]/export/route");

const UTC = { zone: "UTC", label: "UTC" };
const SCRIPT = "<script>alert(1)</script>";
const root = path.resolve(import.meta.dirname, "..", "..");
let reference = "";
const people: Record<string, SessionUser> = {};

async function person(email: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: user.id, email, name: user.name, role: user.role as WorkspaceRole };
}

function textOf(document: ReviewDocument): string {
  return JSON.stringify(document);
}

function exportRequest(ref: string, query: string) {
  return GET(new Request(`http://localhost:3000/api/incidents/${ref}/export?${query}`), {
    params: Promise.resolve({ reference: ref }),
  });
}

beforeAll(() => {
  const output = execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/seed-demo.ts"],
    { cwd: root, env: process.env, encoding: "utf8" },
  );
  reference = /Seeded (INC-\d+)/.exec(output)?.[1] ?? "";
}, 120_000);

beforeAll(async () => {
  for (const name of ["vera", "bob", "dana", "priya"])
    people[name] = await person(`${name}@debrief.local`);
});

describe("the review document", () => {
  it("gathers every section of the demo review for a viewer", async () => {
    const document = await loadReviewDocument(people.vera!, reference, { zone: UTC });
    expect(document.title).toBe("Checkout failures after the ledger pool profile rollout");
    expect(document.keyMoments.length).toBe(5);
    expect(document.contributingFactors.length).toBeGreaterThan(2);
    expect(document.narrative).not.toBeNull();
    expect(document.chart?.buckets.length).toBeGreaterThan(10);
    expect(document.divergence?.diagrams.length).toBeGreaterThan(0);
    expect(document.participants.map((p) => p.name)).toContain("Vera Nilsson");
    expect(document.appendix).toBeNull();
  });

  it("leaves out notes the reader may not see, and says who may read a restricted one", async () => {
    const forVera = textOf(await loadReviewDocument(people.vera!, reference, { zone: UTC }));
    expect(forVera).toContain("The latency alert paged me");
    expect(forVera).not.toContain("worried this would land on me");
    expect(forVera).not.toContain("Alice read the 503s");

    const forBob = await loadReviewDocument(people.bob!, reference, { zone: UTC });
    const privateNote = forBob.notes.find((note) =>
      JSON.stringify(note.sections).includes("worried this would land on me"),
    );
    expect(privateNote?.restriction).toBe("Bob Lindqvist only");
    expect(textOf(forBob)).not.toContain("Alice read the 503s");

    // The facilitator wrote the interview: it is theirs, marked as not yet confirmed.
    const forDana = await loadReviewDocument(people.dana!, reference, { zone: UTC });
    const interview = forDana.notes.find((note) => note.kind === "interview");
    expect(interview?.restriction).toContain("not yet confirmed");
  });

  it("answers 404 for a restricted incident the reader is not on, in the loader and the route", async () => {
    const owner = await makeUser("member", "Owner");
    const hidden = await makeIncident(owner, {
      title: "Quiet restricted review",
      visibility: "restricted",
      participants: [{ userId: owner.id, role: "facilitator" }],
    });
    await expect(loadReviewDocument(people.priya!, hidden, { zone: UTC })).rejects.toMatchObject({
      code: "not_found",
    });
    signedIn.user = people.priya!;
    const response = await exportRequest(hidden, "format=pdf");
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Quiet restricted review");
  });

  it("adds the full timeline when asked", async () => {
    const document = await loadReviewDocument(people.vera!, reference, {
      zone: UTC,
      withAppendix: true,
    });
    expect(document.appendix?.events.length).toBe(415);
    expect(document.appendix?.omitted).toBe(0);
  });
});

describe("the exports of the demo review", () => {
  it("is a valid PDF whose text holds the title, a contributing factor and a key moment", async () => {
    signedIn.user = people.vera!;
    const response = await exportRequest(reference, "format=pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${reference}-review.pdf"`,
    );
    const text = (await pdfText(new Uint8Array(await response.arrayBuffer()))).replace(/\s+/g, " ");
    expect(text).toContain("Checkout failures after the ledger pool profile rollout");
    expect(text).toContain("checkout-web retried every failed call up to three times");
    expect(text).toContain("PaymentsApiHighLatency");
    expect(text).not.toContain("worried this would land on me");
  }, 60_000);

  it.each([
    ["md", "text/markdown; charset=utf-8"],
    ["html", "text/html; charset=utf-8"],
  ])("as %s holds the same, as an attachment", async (format, mimeType) => {
    signedIn.user = people.vera!;
    const response = await exportRequest(reference, `format=${format}&appendix=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(mimeType);
    expect(response.headers.get("content-disposition")).toContain(`-review.${format}"`);
    const text = await response.text();
    expect(text).toContain("Checkout failures after the ledger pool profile rollout");
    expect(text).toContain("checkout-web retried every failed call up to three times");
    expect(text).toContain("PaymentsApiHighLatency");
    expect(text).toContain("Appendix: full timeline");
  });

  it("answers a bad format with a clear 400", async () => {
    signedIn.user = people.vera!;
    const response = await exportRequest(reference, "format=docx");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Choose a format");
  });
});

describe("pasted markup", () => {
  it("stays text in Markdown, HTML and PDF", async () => {
    const author = await makeUser("member", `Dee ${SCRIPT}`);
    const ref = await makeIncident(author, {
      title: `Title ${SCRIPT}`,
      summary: `Summary ${SCRIPT}`,
      impact: `Impact ${SCRIPT}`,
      services: ["svc-a"],
      contributingFactors: [`Factor ${SCRIPT}`],
      luckyNotes: [`Lucky ${SCRIPT}`],
      actionItems: [
        {
          title: `Action ${SCRIPT}`,
          ownerId: author.id,
          dueDate: "",
          status: "open",
          trackerUrl: "",
        },
      ],
      participants: [{ userId: author.id, role: "facilitator" }],
    });
    const document = await loadReviewDocument(author, ref, { zone: UTC });
    const markdown = new TextDecoder().decode((await exportReview(document, "md")).bytes);
    const html = new TextDecoder().decode((await exportReview(document, "html")).bytes);
    const pdf = (await pdfText((await exportReview(document, "pdf")).bytes)).replace(/\s+/g, " ");
    expect(markdown).not.toContain("<script>");
    expect(markdown.split("\\<script\\>").length - 1).toBe(8);
    expect(html).not.toMatch(/<script/i);
    expect(html.split("&lt;script&gt;").length - 1).toBeGreaterThanOrEqual(8);
    for (const field of ["Title", "Summary", "Impact", "Factor", "Lucky", "Action"])
      expect(pdf).toContain(`${field} ${SCRIPT}`);
  });
});
