// Account inputs, shared by the forms and the server.
import { z } from "@/lib/validation/zod";
import { emailSchema } from "@/lib/auth/email";
import { workspaceRoleSchema } from "@/lib/auth/roles";
import { PERSON_NAME_MAX_CHARACTERS } from "@/lib/input-limits";
import { singleLineText } from "@/lib/text/text-schemas";

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

export const signUpSchema = z.object({
  name: singleLineText().min(1, "Tell us your name.").max(PERSON_NAME_MAX_CHARACTERS),
  email: emailSchema,
  password: passwordSchema,
});

export const createUserSchema = signUpSchema.extend({ role: workspaceRoleSchema });

export const setRoleSchema = z.object({ userId: z.string().min(1), role: workspaceRoleSchema });
export const setActiveSchema = z.object({ userId: z.string().min(1), isActive: z.boolean() });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(200),
  newPassword: passwordSchema,
});
export const resetPasswordSchema = z.object({ userId: z.string().min(1) });

export type SignUpInput = z.input<typeof signUpSchema>;
