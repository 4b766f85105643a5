// What every probe shares: the app, the signed-in people and the incidents they made
// through the real app, and the server's log when the probe runner started the server.
import { emptyIncidentInput } from "../../lib/incidents/schema";
import type { App, Session } from "./app-client";

export interface World {
  app: App;
  // The database file the server uses (resolved like the app resolves it).
  databaseFile: string;
  // The server's output so far, when the runner started it (null against PROBE_URL).
  serverLog: (() => string) | null;
  admin: Session;
  memberA: Session;
  memberB: Session;
  viewer: Session;
  people: Record<
    "admin" | "memberA" | "memberB" | "viewer",
    { id: string; email: string; password: string }
  >;
  // A workspace incident and one restricted to the admin, both made by the admin.
  workspaceReference: string;
  restrictedReference: string;
  // An incident of member A's with many events, filled by the import probe.
  heavyReference: string;
  heavyEvents: number;
}

export interface Probe {
  name: string;
  timeoutMs?: number;
  // Resolves with the detail for a pass; throws ProbeFailure (or anything) for a fail.
  run: (world: World) => Promise<string>;
}

export class ProbeFailure extends Error {}

export function fail(detail: string): never {
  throw new ProbeFailure(detail);
}

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

export function randomTag(): string {
  return Math.random().toString(36).slice(2, 10);
}

// Values for the incident form/PUT, with the defaults the app itself uses.
export function incidentValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...emptyIncidentInput("UTC"),
    title: `Probe ${randomTag()}`,
    ...overrides,
  };
}

export async function createIncident(session: Session, overrides: Record<string, unknown> = {}) {
  const { result, response } = await session.action("/incidents/new", "createIncidentAction", [
    incidentValues(overrides),
  ]);
  if (result?.status !== "saved" || typeof result.reference !== "string")
    throw new Error(`could not create an incident (${response.status}): ${JSON.stringify(result)}`);
  return result.reference;
}

export async function readIncident(session: Session, reference: string) {
  const response = await session.send(`/api/incidents/${reference}`);
  if (response.status !== 200) throw new Error(`GET ${reference} answered ${response.status}`);
  return JSON.parse(response.body) as {
    version: number;
    values: Record<string, unknown> & { participants: { userId: string }[]; title: string };
  };
}

// A person's account id: the creator of an incident is listed as its facilitator.
export async function accountIdOf(session: Session): Promise<string> {
  const reference = await createIncident(session);
  return (await readIncident(session, reference)).values.participants[0]?.userId ?? "";
}
