// Builders for integration tests: real rows through the real data layer.
import { randomUUID } from "node:crypto";
import type { SessionUser, WorkspaceRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createIncident } from "@/lib/incidents/create-incident";
import { emptyIncidentInput, type IncidentInput } from "@/lib/incidents/schema";

export async function makeUser(
  role: WorkspaceRole = "member",
  name = "Test Person",
): Promise<SessionUser> {
  const email = `${randomUUID()}@example.test`;
  const user = await db.user.create({ data: { email, name, role, passwordHash: "x" } });
  return { id: user.id, email, name, role };
}

export function incidentValues(overrides: Partial<IncidentInput> = {}): IncidentInput {
  return {
    ...emptyIncidentInput("UTC"),
    title: `Incident ${randomUUID().slice(0, 6)}`,
    ...overrides,
  };
}

export async function makeIncident(
  user: SessionUser,
  overrides: Partial<IncidentInput> = {},
): Promise<string> {
  const result = await createIncident(user, incidentValues(overrides));
  if (result.status !== "saved")
    throw new Error(`could not create incident: ${JSON.stringify(result)}`);
  return result.reference;
}
