"use client";

import { useState, type FormEvent } from "react";
import { createAccountAction } from "@/app/admin/users/actions";
import { FieldError } from "@/components/forms/field-error";
import { WORKSPACE_ROLES, WORKSPACE_ROLE_LABELS } from "@/lib/auth/roles";
import { createUserSchema } from "@/lib/users/schema";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export function CreateAccountForm() {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [banner, setBanner] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = Object.fromEntries(
      ["name", "email", "password", "role"].map((key) => [key, String(form.get(key) ?? "")]),
    );
    const parsed = createUserSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setPending(true);
    setErrors({});
    setBanner(null);
    try {
      const result = await createAccountAction(input);
      if (result.status === "error") {
        setErrors(result.fieldErrors);
        setBanner({ kind: "error", text: result.message });
        return;
      }
      formElement.reset();
      setBanner({
        kind: "ok",
        text: `Account created for ${parsed.data.email}. Share the password with them privately.`,
      });
    } catch {
      setBanner({ kind: "error", text: "Could not reach the server. Try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="card stack"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="create-account-title"
    >
      <h2 id="create-account-title">Add a person</h2>
      {banner && (
        <p className={`banner ${banner.kind}`} role={banner.kind === "error" ? "alert" : "status"}>
          {banner.text}
        </p>
      )}
      <div className="grid-4">
        {(
          [
            ["name", "Name", "text"],
            ["email", "Email", "email"],
            ["password", "Initial password", "password"],
          ] as const
        ).map(([name, label, type]) => (
          <div className="field" key={name}>
            <label htmlFor={`new-${name}`}>{label}</label>
            <input
              id={`new-${name}`}
              name={name}
              type={type}
              autoComplete="off"
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={`new-${name}-error`}
            />
            <FieldError id={`new-${name}-error`} messages={errors[name]} />
          </div>
        ))}
        <div className="field">
          <label htmlFor="new-role">Role</label>
          <select id="new-role" name="role" defaultValue="member">
            {WORKSPACE_ROLES.map((role) => (
              <option key={role} value={role}>
                {WORKSPACE_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <button type="submit" className="primary" disabled={isPending}>
          {isPending ? "Adding…" : "Add person"}
        </button>
      </div>
    </form>
  );
}
