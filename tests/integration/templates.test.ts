// Review templates on a real database: the three shipped by the migration, admins' edits
// with their rules (unique names, one default, never the last one, versions), and what a
// template does to an incident: its narrative's sections, its meeting agenda and the
// questions under participants' notes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asAppError } from "@/lib/errors";
import { getReviewPageData } from "@/lib/meetings/get-review-page-data";
import { startMeeting } from "@/lib/meetings/start-meeting";
import { getNotesPageData } from "@/lib/mental-models/notes/get-notes-page-data";
import { NOTE_SECTION_HINTS } from "@/lib/mental-models/notes/note-sections";
import { narrativeToText, parseNarrative } from "@/lib/rich-text/narrative";
import { createIncident } from "@/lib/incidents/create-incident";
import { deleteTemplate } from "@/lib/templates/delete-template";
import { getTemplate } from "@/lib/templates/get-template";
import { listTemplates } from "@/lib/templates/list-templates";
import { createTemplate, updateTemplate } from "@/lib/templates/save-template";
import { setDefaultTemplate } from "@/lib/templates/set-default-template";
import { emptyNoteQuestions, type TemplateInput } from "@/lib/templates/template-content";
import { incidentValues, makeUser } from "./factories";

const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => asAppError(error)?.code ?? String(error),
  );

function templateValues(overrides: Partial<TemplateInput> = {}): TemplateInput {
  return {
    name: `Template ${Math.random().toString(36).slice(2, 8)}`,
    description: "For tests.",
    sections: [
      { heading: "What happened", prompt: "Tell it in order." },
      { heading: "What surprised us", prompt: "" },
    ],
    agenda: [
      { title: "Recap", minutes: 5 },
      { title: "Walk the timeline", minutes: 20 },
    ],
    noteQuestions: { ...emptyNoteQuestions(), noticed: "What reached you first?" },
    ...overrides,
  };
}

describe("review templates", () => {
  it("ship three, the learning review the default, each complete", async () => {
    const templates = await listTemplates();
    expect(templates.map((template) => template.name)).toEqual([
      "Learning review",
      "Minor incident",
      "SRE-style postmortem",
    ]);
    expect(templates[0]?.isDefault).toBe(true);
    for (const template of templates) {
      expect(template.sections.length).toBeGreaterThan(2);
      expect(template.agenda.length).toBeGreaterThan(2);
      expect(template.description).not.toBe("");
    }
  });

  it("are managed by admins only, with unique names and versioned edits", async () => {
    const admin = await makeUser("admin");
    const member = await makeUser("member");
    expect(await errorCode(createTemplate(member, templateValues()))).toBe("not_found");

    const values = templateValues();
    const created = await createTemplate(admin, values);
    if (created.status !== "saved") throw new Error(JSON.stringify(created));
    const twin = await createTemplate(admin, { ...values, name: values.name.toUpperCase() });
    expect(twin).toMatchObject({
      status: "invalid",
      fieldErrors: { name: ["Another template already has this name."] },
    });
    const invalid = await createTemplate(admin, templateValues({ agenda: [] }));
    expect(invalid).toMatchObject({ status: "invalid" });

    const renamed = await updateTemplate(admin, created.id, {
      baseVersion: 1,
      values: { ...values, name: `${values.name} v2` },
    });
    expect(renamed).toMatchObject({ status: "saved", version: 2 });
    // A save from the old version is refused, not applied over the newer one.
    expect(await errorCode(updateTemplate(admin, created.id, { baseVersion: 1, values }))).toBe(
      "conflict",
    );
    expect((await getTemplate(admin, created.id)).name).toBe(`${values.name} v2`);
  });

  it("keep exactly one default, which cannot be deleted", async () => {
    const admin = await makeUser("admin");
    const created = await createTemplate(admin, templateValues());
    if (created.status !== "saved") throw new Error(JSON.stringify(created));
    await setDefaultTemplate(admin, created.id);
    const defaults = (await listTemplates()).filter((template) => template.isDefault);
    expect(defaults.map((template) => template.id)).toEqual([created.id]);
    expect(await errorCode(deleteTemplate(admin, created.id))).toBe("invalid_input");

    const learning = (await listTemplates()).find((t) => t.name === "Learning review")!;
    await setDefaultTemplate(admin, learning.id);
    await deleteTemplate(admin, created.id);
    expect((await listTemplates()).some((template) => template.id === created.id)).toBe(false);
    expect(await errorCode(getTemplate(admin, created.id))).toBe("not_found");
  });

  it("never delete the last one", async () => {
    const admin = await makeUser("admin");
    // On a copy of the rule's state: delete all but one inside this test's own database.
    const templates = await listTemplates();
    const keep = templates.find((template) => template.isDefault)!;
    for (const template of templates.filter((t) => t.id !== keep.id)) {
      await deleteTemplate(admin, template.id);
    }
    await db.reviewTemplate.update({ where: { id: keep.id }, data: { isDefault: false } });
    expect(await errorCode(deleteTemplate(admin, keep.id))).toBe("invalid_input");
    await db.reviewTemplate.update({ where: { id: keep.id }, data: { isDefault: true } });
  });

  it("start an incident's narrative, agenda and note questions", async () => {
    const admin = await makeUser("admin");
    const member = await makeUser("member");
    const created = await createTemplate(admin, templateValues());
    if (created.status !== "saved") throw new Error(JSON.stringify(created));

    const result = await createIncident(member, { ...incidentValues(), templateId: created.id });
    if (result.status !== "saved") throw new Error(JSON.stringify(result));
    const incident = await db.incident.findUniqueOrThrow({
      where: { number: Number(result.reference.slice(4)) },
      select: { narrative: true, templateId: true },
    });
    expect(incident.templateId).toBe(created.id);
    const text = narrativeToText(parseNarrative(incident.narrative));
    expect(text).toContain("What happened");
    expect(text).toContain("Tell it in order.");
    expect(text).toContain("What surprised us");

    const notes = await getNotesPageData(member, result.reference);
    expect(notes.questions.noticed).toBe("What reached you first?");
    expect(notes.questions.thought).toBe(NOTE_SECTION_HINTS.thought);

    await startMeeting(member, result.reference);
    const review = await getReviewPageData(member, result.reference);
    expect(review.running?.agenda.map((item) => [item.title, item.minutes])).toEqual([
      ["Recap", 5],
      ["Walk the timeline", 20],
    ]);
  });

  it("keep a narrative someone already wrote, and refuse a template that is gone", async () => {
    const member = await makeUser("member");
    const learning = (await listTemplates()).find((t) => t.name === "Learning review")!;
    const written = JSON.stringify({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Our own words." }] }],
    });
    const result = await createIncident(member, {
      ...incidentValues({ narrative: written }),
      templateId: learning.id,
    });
    if (result.status !== "saved") throw new Error(JSON.stringify(result));
    const incident = await db.incident.findUniqueOrThrow({
      where: { number: Number(result.reference.slice(4)) },
      select: { narrative: true },
    });
    expect(narrativeToText(parseNarrative(incident.narrative)).trim()).toBe("Our own words.");

    const gone = await createIncident(member, { ...incidentValues(), templateId: "missing" });
    expect(gone).toMatchObject({
      status: "invalid",
      fieldErrors: { templateId: [expect.any(String)] },
    });
  });

  it("leave incidents on the usual defaults once their template is deleted", async () => {
    const admin = await makeUser("admin");
    const member = await makeUser("member");
    const created = await createTemplate(admin, templateValues());
    if (created.status !== "saved") throw new Error(JSON.stringify(created));
    const result = await createIncident(member, { ...incidentValues(), templateId: created.id });
    if (result.status !== "saved") throw new Error(JSON.stringify(result));
    await deleteTemplate(admin, created.id);
    const notes = await getNotesPageData(member, result.reference);
    expect(notes.questions).toEqual(NOTE_SECTION_HINTS);
    await startMeeting(member, result.reference);
    const review = await getReviewPageData(member, result.reference);
    expect(review.running?.agenda[0]?.title).toBe("Introduction");
  });
});
