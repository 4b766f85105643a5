import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountsTable } from "@/components/admin/accounts-table";
import { CreateAccountForm } from "@/components/admin/create-account-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { listAccounts } from "@/lib/users/manage-users";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const user = await requirePageUser("/admin/users");
  if (user.role !== "admin") notFound();
  const accounts = await listAccounts(user);
  return (
    <div className="stack">
      <h1>People</h1>
      <p className="muted">
        Admins manage accounts and roles. Viewers read incidents; members also write them; admins
        also see restricted incidents and manage people.
      </p>
      <AccountsTable accounts={accounts} currentUserId={user.id} />
      <CreateAccountForm />
    </div>
  );
}
