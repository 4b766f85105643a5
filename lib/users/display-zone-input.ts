// The one input of the "show times in" choice, shared by the account form, the incident
// header's switch and the server action.
import { DISPLAY_ZONE_CHOICES } from "@/lib/time/display-zone";
import { z } from "@/lib/validation/zod";

export const displayZoneInputSchema = z.object({
  displayZone: z.enum(DISPLAY_ZONE_CHOICES, "Choose UTC, your time zone or the incident's."),
});
