"use server";

import { revalidatePath } from "next/cache";
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import {
  createAccount,
  resetPassword,
  setAccountActive,
  setAccountRole,
} from "@/lib/users/manage-users";

export async function createAccountAction(input: unknown) {
  return authenticatedAction("createAccount", async (user) => {
    await createAccount(user, input);
    revalidatePath("/admin/users");
    return { status: "saved" as const };
  });
}

export async function setAccountRoleAction(input: unknown) {
  return authenticatedAction("setAccountRole", async (user) => {
    await setAccountRole(user, input);
    revalidatePath("/admin/users");
    return { status: "saved" as const };
  });
}

export async function setAccountActiveAction(input: unknown) {
  return authenticatedAction("setAccountActive", async (user) => {
    await setAccountActive(user, input);
    revalidatePath("/admin/users");
    return { status: "saved" as const };
  });
}

export async function resetPasswordAction(input: unknown) {
  return authenticatedAction("resetPassword", async (user) => {
    const { password } = await resetPassword(user, input);
    return { status: "saved" as const, password };
  });
}
