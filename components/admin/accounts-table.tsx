"use client";

import { useState, useTransition } from "react";
import { setAccountActiveAction, setAccountRoleAction } from "@/app/admin/users/actions";
import { WORKSPACE_ROLES, WORKSPACE_ROLE_LABELS, type WorkspaceRole } from "@/lib/auth/roles";
import type { AccountSummary } from "@/lib/users/manage-users";
import { revealInvisible } from "@/lib/text/clean-text";

export function AccountsTable({
  accounts,
  currentUserId,
}: {
  accounts: AccountSummary[];
  currentUserId: string;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function run(action: () => Promise<{ status: string; message?: string }>) {
    setMessage(null);
    startTransition(async () => {
      try {
        const result = await action();
        if (result.status === "error") setMessage(result.message ?? "That change failed.");
      } catch {
        setMessage("Could not reach the server. Try again.");
      }
    });
  }

  return (
    <div className="card stack" style={{ padding: 0 }}>
      {message && (
        <p className="banner error" role="alert" style={{ margin: "1rem" }}>
          {message}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} data-testid={`account-${account.email}`}>
              <td>
                {revealInvisible(account.name)}
                {account.id === currentUserId && <span className="muted small"> (you)</span>}
              </td>
              <td>{account.email}</td>
              <td>
                <select
                  aria-label={`Role of ${account.name}`}
                  value={account.role}
                  disabled={isPending}
                  onChange={(event) =>
                    run(() =>
                      setAccountRoleAction({
                        userId: account.id,
                        role: event.target.value as WorkspaceRole,
                      }),
                    )
                  }
                  style={{ width: "auto" }}
                >
                  {WORKSPACE_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {WORKSPACE_ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="row">
                <span className={account.isActive ? "" : "muted"}>
                  {account.isActive ? "Active" : "Deactivated"}
                </span>
                <button
                  type="button"
                  disabled={isPending}
                  className={account.isActive ? "danger" : ""}
                  onClick={() =>
                    run(() =>
                      setAccountActiveAction({ userId: account.id, isActive: !account.isActive }),
                    )
                  }
                >
                  {account.isActive ? "Deactivate" : "Reactivate"}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
