// Every server action runs through here: it resolves the signed-in person, runs the
// handler, and turns errors into a result the form can show. Domain errors keep their
// user-facing message; anything unexpected is logged and answered generically.
import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/roles";
import {
  GENERIC_ERROR_MESSAGE,
  knownError,
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
    const known = knownError(caught);
    if (known) {
      return {
        status: "error",
        code: known.code,
        message: known.userMessage,
        fieldErrors: known.fieldErrors,
      };
    }
    logUnexpectedError(caught, { action: name, userId: user?.id });
    return { status: "error", code: "internal", message: GENERIC_ERROR_MESSAGE, fieldErrors: {} };
  }
}
