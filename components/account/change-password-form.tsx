"use client";

import { useState, type FormEvent } from "react";
import { changePasswordAction } from "@/app/account/actions";
import { FieldError } from "@/components/forms/field-error";
import { changePasswordSchema } from "@/lib/users/schema";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export function ChangePasswordForm() {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
    };
    // Same schema as the server: most mistakes are caught before a round trip.
    const parsed = changePasswordSchema.safeParse(input);
    setMessage(null);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setPending(true);
    setErrors({});
    try {
      const result = await changePasswordAction(input);
      if (result.status === "error") {
        setErrors(result.fieldErrors);
        setMessage({ kind: "error", text: result.message });
        return;
      }
      formElement.reset();
      setMessage({ kind: "ok", text: "Password changed. Your other sessions have ended." });
    } catch {
      setMessage({ kind: "error", text: "Could not reach the server. Try again." });
    } finally {
      setPending(false);
    }
  }

  const invalid = (field: string) => (errors[field] ? true : undefined);
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="stack" noValidate>
      {message && (
        <p className={`banner ${message.kind === "ok" ? "ok" : "error"}`} role="status">
          {message.text}
        </p>
      )}
      <div className="field">
        <label htmlFor="currentPassword">Current password</label>
        <input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={invalid("currentPassword")}
          aria-describedby="currentPassword-error"
        />
        <FieldError id="currentPassword-error" messages={errors.currentPassword} />
      </div>
      <div className="field">
        <label htmlFor="newPassword">
          New password <span className="hint">at least 10 characters</span>
        </label>
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={invalid("newPassword")}
          aria-describedby="newPassword-error"
        />
        <FieldError id="newPassword-error" messages={errors.newPassword} />
      </div>
      <button type="submit" className="primary" disabled={isPending}>
        {isPending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
