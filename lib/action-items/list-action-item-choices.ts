// What the action-items filters offer: the people who own visible action items, the
// visible incidents that have any, and those incidents' services. Built from the same
// visibility rule as the list, so a choice never names a restricted incident.
import "server-only";
import { formatIncidentReference } from "@/lib/access/incident-reference";
import { visibleIncidentWhere } from "@/lib/access/incident-access";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";

export interface ActionItemChoices {
  owners: { id: string; name: string }[];
  incidents: { reference: string; title: string }[];
  services: string[];
}

export async function listActionItemChoices(user: SessionUser): Promise<ActionItemChoices> {
  const visible = visibleIncidentWhere(user);
  const [owners, incidents, services] = await Promise.all([
    db.user.findMany({
      where: { actionItems: { some: { incident: visible } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.incident.findMany({
      where: { AND: [visible, { actionItems: { some: {} } }] },
      select: { number: true, title: true },
      orderBy: { number: "desc" },
      take: 500,
    }),
    db.incidentService.findMany({
      where: { incident: { AND: [visible, { actionItems: { some: {} } }] } },
      select: { name: true },
      distinct: ["name"],
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    owners,
    incidents: incidents.map((incident) => ({
      reference: formatIncidentReference(incident.number),
      title: incident.title,
    })),
    services: services.map((service) => service.name),
  };
}
