// The date that year-less and relative timestamps resolve against when the person has not
// set one: the incident's end (or its latest known milestone), as the issue asks, rather
// than today, so an old incident's year-less syslog lands in the incident's year.
import "server-only";
import { db } from "@/lib/db";

export async function incidentReferenceDate(incidentId: string): Promise<Date | undefined> {
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    select: { resolvedAt: true, mitigatedAt: true, detectedAt: true, startedAt: true },
  });
  if (!incident) return undefined;
  return (
    incident.resolvedAt ??
    incident.mitigatedAt ??
    incident.detectedAt ??
    incident.startedAt ??
    undefined
  );
}
