"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signUpAction } from "@/app/sign-up/actions";
import { FieldError } from "@/components/forms/field-error";
import { signUpSchema } from "@/lib/users/schema";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export function SignUpForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    // Same schema as the server: most mistakes are caught before a round trip.
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setPending(true);
    setErrors({});
    setMessage(null);
    try {
      const result = await signUpAction(input);
      if (result.status === "error") {
        setErrors(result.fieldErrors);
        setMessage(result.message);
        return;
      }
      const signedIn = await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirect: false,
      });
      if (signedIn?.error) {
        // Also what someone sees who signed up with an email that already has an account.
        setMessage(
          "We could not sign you in. If that email already has an account, sign in with its password.",
        );
        return;
      }
      router.replace("/incidents");
      router.refresh();
    } catch {
      setMessage("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  const invalid = (field: string) => (errors[field] ? true : undefined);
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="stack" noValidate>
      {message && (
        <p className="banner error" role="alert">
          {message}
        </p>
      )}
      <div className="field">
        <label htmlFor="name">Name</label>
        <input
          id="name"
          name="name"
          autoComplete="name"
          required
          autoFocus
          aria-invalid={invalid("name")}
          aria-describedby="name-error"
        />
        <FieldError id="name-error" messages={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={invalid("email")}
          aria-describedby="email-error"
        />
        <FieldError id="email-error" messages={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="password">
          Password <span className="hint">at least 10 characters</span>
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={invalid("password")}
          aria-describedby="password-error"
        />
        <FieldError id="password-error" messages={errors.password} />
      </div>
      <button type="submit" className="primary" disabled={isPending}>
        {isPending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
