"use client";

import { useState, useTransition } from "react";
import {
  resetPasswordAction,
  setAccountActiveAction,
  setAccountRoleAction,
} from "@/app/admin/users/actions";
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
  // A reset password is shown once, here, and never stored in the clear.
  const [issued, setIssued] = useState<{ name: string; password: string } | null>(null);

  function run(
    action: () => Promise<{ status: string; message?: string }>,
    onSaved?: (result: { status: string }) => void,
  ) {
    setMessage(null);
    setIssued(null);
    startTransition(async () => {
      try {
        const result = await action();
        if (result.status === "error") setMessage(result.message ?? "That change failed.");
        else onSaved?.(result);
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
      {issued && (
        <p className="banner ok" role="status" style={{ margin: "1rem" }}>
          New password for {issued.name}:{" "}
          <code data-testid="issued-password">{issued.password}</code>. It is shown only now: hand
          it over, and ask them to change it under Account. Their sessions have ended.
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
                {account.id !== currentUserId && (
                  <button
                    type="button"
                    disabled={isPending}
                    onClick={() =>
                      run(
                        () => resetPasswordAction({ userId: account.id }),
                        (result) => {
                          if ("password" in result && typeof result.password === "string")
                            setIssued({ name: account.name, password: result.password });
                        },
                      )
                    }
                  >
                    Reset password
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
