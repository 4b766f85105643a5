// Every server action runs through here: it resolves the signed-in person, runs the
// handler, and turns errors into a result the form can show. Domain errors keep their
// user-facing message; anything unexpected is logged and answered generically.
import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/roles";
import {
  asAppError,
  GENERIC_ERROR_MESSAGE,
  logUnexpectedError,
  type AppErrorCode,
} from "@/lib/errors";

export interface ActionFailure {
  status: "error";
  code: AppErrorCode | "internal";
  message: string;
  fieldErrors: Record<string, string[]>;
}

export async function authenticatedAction<T>(
  name: string,
  handler: (user: SessionUser) => Promise<T>,
): Promise<T | ActionFailure> {
  let user: SessionUser | undefined;
  try {
    user = await requireUser();
    return await handler(user);
  } catch (caught) {
    const error = asAppError(caught);
    if (error) {
      return {
        status: "error",
        code: error.code,
        message: error.userMessage,
        fieldErrors: error.fieldErrors,
      };
    }
    logUnexpectedError(caught, { action: name, userId: user?.id });
    return { status: "error", code: "internal", message: GENERIC_ERROR_MESSAGE, fieldErrors: {} };
  }
}
