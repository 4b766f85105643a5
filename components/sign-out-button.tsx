import { signOutAction } from "@/app/account/actions";

// A form posting to a server action: sign-out works before any script has loaded.
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit">Sign out</button>
    </form>
  );
}
