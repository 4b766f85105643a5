"use server";

import { headers } from "next/headers";
import { requestAddress } from "@/lib/auth/request-address";
import { AppError, GENERIC_ERROR_MESSAGE, logUnexpectedError } from "@/lib/errors";
import { signUp } from "@/lib/users/sign-up";

export type SignUpResult =
  | { status: "created" }
  | { status: "error"; message: string; fieldErrors: Record<string, string[]> };

// The one action that runs without a session: creating the account that gets one. A taken
// email gets the same "created" answer as a new one, so sign-up cannot probe for accounts.
export async function signUpAction(input: unknown): Promise<SignUpResult> {
  try {
    await signUp(input, requestAddress(Object.fromEntries(await headers())));
    return { status: "created" };
  } catch (error) {
    if (error instanceof AppError)
      return { status: "error", message: error.userMessage, fieldErrors: error.fieldErrors };
    logUnexpectedError(error, { action: "signUp" });
    return { status: "error", message: GENERIC_ERROR_MESSAGE, fieldErrors: {} };
  }
}
