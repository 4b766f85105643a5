// Environment variables, parsed once. A wrong value fails loudly at start instead of
// surfacing later as a confusing runtime error.
import { z } from "@/lib/validation/zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";

const environmentSchema = z.object({
  DATABASE_URL: z.string().optional(),
  DEBRIEF_DATA_DIR: z.string().default("data"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  // "open": anyone who reaches the server may sign up (as a member); "closed": only admins
  // create accounts. The very first account can always be created, and becomes admin.
  DEBRIEF_SIGNUP: z.enum(["open", "closed"]).default("open"),
  // Proxies whose X-Forwarded-For is believed (comma list of IPs and CIDR ranges). Empty:
  // the socket address is the client's address.
  DEBRIEF_TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  // Sign-ups accepted per address per hour.
  DEBRIEF_SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).default(10),
  // Several app instances: live updates (and co-editing) fan out through this Redis. Unset,
  // one process serves everyone from memory.
  DEBRIEF_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "DEBRIEF_REDIS_URL must start with redis:// or rediss://")
    .optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Environment = z.infer<typeof environmentSchema>;

let cached: Environment | undefined;

export function env(): Environment {
  if (cached) return cached;
  const parsed = environmentSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  cached = parsed.data;
  return cached;
}
