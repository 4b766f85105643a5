import { expect, test } from "@playwright/test";
import { ADMIN_STATE, createIncident, newMemberPage, uniqueName } from "./helpers";

test("a restricted incident is invisible to a non-participant everywhere", async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  const admin = await adminContext.newPage();
  const service = uniqueName("secret-service").replace(" ", "-");
  const title = uniqueName("Restricted");
  const reference = await createIncident(admin, { title, services: service, restricted: true });
  const { page: member, context: memberContext, person } = await newMemberPage(browser);

  // Page and sub-pages: 404, with no trace of the title.
  for (const path of ["", "/history", "/timeline"]) {
    const response = await member.goto(`/incidents/${reference}${path}`);
    expect(response?.status()).toBe(404);
    await expect(member.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(member.getByText(title)).toHaveCount(0);
  }

  // Routes: reading and writing both answer 404.
  const read = await member.request.get(`/api/incidents/${reference}`);
  expect(read.status()).toBe(404);
  const write = await member.request.put(`/api/incidents/${reference}`, {
    data: { baseVersion: 1, values: {} },
    // Writes must name the app as their origin, as a browser on its pages does.
    headers: { origin: new URL(member.url()).origin },
  });
  expect(write.status()).toBe(404);

  // List and counts: absent for the member, present for the admin.
  const memberList = (await (
    await member.request.get(`/api/incidents?service=${service}`)
  ).json()) as {
    total: number;
    services: { name: string }[];
  };
  expect(memberList.total).toBe(0);
  expect(memberList.services.map((entry) => entry.name)).not.toContain(service);
  const adminList = (await (
    await admin.request.get(`/api/incidents?service=${service}`)
  ).json()) as { total: number };
  expect(adminList.total).toBe(1);
  await member.goto(`/incidents?service=${service}`);
  await expect(member.getByTestId("incident-row")).toHaveCount(0);
  await expect(member.getByText(title)).toHaveCount(0);

  // Once listed as a participant, the member can see it.
  await admin.reload();
  await admin
    .getByLabel("Add a participant")
    .selectOption({ label: `${person.name} (${person.email})` });
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByRole("status")).toHaveText("Saved.");
  const response = await member.goto(`/incidents/${reference}`);
  expect(response?.status()).toBe(200);
  await expect(member.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await adminContext.close();
  await memberContext.close();
});
