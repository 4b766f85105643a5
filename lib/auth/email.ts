// An email address as accounts store it: trimmed and lower-case. Here, below both the
// sign-in (lib/auth) and the account forms (lib/users), so the gate imports nothing above it.
import { z } from "@/lib/validation/zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254));
