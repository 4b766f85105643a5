// Live updates through the real route: what each person's event stream hears when the
// timeline, a note or the incident changes, and what it must not hear (a private note's
// edits, a restricted incident they may not see).
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createNote } from "@/lib/mental-models/notes/create-note";
import { setNoteVisibility } from "@/lib/mental-models/notes/set-note-visibility";
import { createManualEvent } from "@/lib/timeline/create-manual-event";
import { makeIncident, makeUser } from "./factories";

const signedIn = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  requireUser: () => {
    if (!signedIn.user) throw new Error("no user");
    return Promise.resolve(signedIn.user);
  },
}));
const { GET } = await import("@/app/api/incidents/[reference]/live/route");

interface Listening {
  status: number;
  events: { event: string; data: Record<string, unknown> }[];
  stop: () => void;
}

const open: Listening[] = [];
afterEach(() => {
  for (const listening of open.splice(0)) listening.stop();
});

// Opens the person's stream and collects its events until stopped.
async function listen(user: SessionUser, reference: string): Promise<Listening> {
  signedIn.user = user;
  const abort = new AbortController();
  const response = await GET(
    new Request(`http://localhost/api/incidents/${reference}/live`, { signal: abort.signal }),
    { params: Promise.resolve({ reference }) },
  );
  const listening: Listening = { status: response.status, events: [], stop: () => abort.abort() };
  open.push(listening);
  if (response.status !== 200 || !response.body) return listening;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: "", done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) listening.events.push({ event, data: JSON.parse(data) });
      }
    }
  })();
  await vi.waitFor(() => expect(listening.events.some((e) => e.event === "ready")).toBe(true));
  return listening;
}

const changes = (listening: Listening) =>
  listening.events.filter((e) => e.event === "change").map((e) => e.data);

const doc = (text: string) =>
  JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });

describe("live updates", () => {
  it("tells everyone who may see the incident of a new timeline event, without its content", async () => {
    const author = await makeUser("member", "Ann Author");
    const reader = await makeUser("member", "Rae Reader");
    const reference = await makeIncident(author);
    const stream = await listen(reader, reference);
    const result = await createManualEvent(author, reference, {
      values: {
        time: "2026-03-14T09:12:00.000Z",
        message: "Secret words in the message",
        service: "",
        level: "",
        keyMoment: null,
        keyMomentNote: "",
      },
    });
    expect(result.status).toBe("saved");
    await vi.waitFor(() => expect(changes(stream)).toHaveLength(1));
    const [change] = changes(stream);
    expect(change).toMatchObject({ topic: "timeline", action: "added", actorId: author.id });
    expect(JSON.stringify(change)).not.toContain("Secret words");
    expect(change).not.toHaveProperty("audience");
  });

  it("tells only its author of a private note, and everyone once it is shared", async () => {
    const author = await makeUser("member", "Pat Private");
    const other = await makeUser("member", "Oli Other");
    const reference = await makeIncident(author);
    const authorStream = await listen(author, reference);
    const otherStream = await listen(other, reference);
    const created = await createNote(author, reference, {
      kind: "own",
      subjectId: null,
      visibility: "private",
      values: {
        anchorEventId: null,
        anchorTime: "2026-03-14T09:12",
        timeZone: "UTC",
        sections: { noticed: doc("only mine"), thought: "", did: "", unknown: "", surprised: "" },
        learnedLater: false,
      },
    });
    if (created.status !== "saved") throw new Error(JSON.stringify(created));
    await vi.waitFor(() => expect(changes(authorStream)).toHaveLength(1));
    await setNoteVisibility(author, reference, { noteId: created.noteId, visibility: "incident" });
    await vi.waitFor(() => expect(changes(otherStream)).toHaveLength(1));
    expect(changes(otherStream)[0]).toMatchObject({ topic: "notes", ids: [created.noteId] });
    expect(changes(authorStream)).toHaveLength(2);
  });

  it("answers 404 to someone who may not see a restricted incident, and tells them nothing", async () => {
    const owner = await makeUser("member", "Res Tricted");
    const outsider = await makeUser("member", "Out Sider");
    const reference = await makeIncident(owner, { visibility: "restricted" });
    const refused = await listen(outsider, reference);
    expect(refused.status).toBe(404);
    expect(refused.events).toHaveLength(0);
  });
});
