// A person chooses how times are shown to them (lib/time/display-zone.ts). Only their own
// account changes, so there is nothing to audit on an incident.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { invalidFieldsError } from "@/lib/errors";
import type { DisplayZoneChoice } from "@/lib/time/display-zone";
import { displayZoneInputSchema } from "@/lib/users/display-zone-input";

export async function setDisplayZone(
  user: SessionUser,
  input: unknown,
): Promise<DisplayZoneChoice> {
  const parsed = displayZoneInputSchema.safeParse(input);
  if (!parsed.success) throw invalidFieldsError(parsed.error);
  await db.user.update({
    where: { id: user.id },
    data: { displayZone: parsed.data.displayZone },
  });
  return parsed.data.displayZone;
}
