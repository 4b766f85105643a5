// Read | Edit for people who may edit: two links, so the choice is in the URL (a reload or
// a shared link keeps it) and works from the keyboard like any link.
import Link from "next/link";

export function ViewSwitch({ reference, view }: { reference: string; view: "read" | "edit" }) {
  return (
    <nav className="view-switch" aria-label="View">
      {(["read", "edit"] as const).map((choice) => (
        <Link
          key={choice}
          href={`/incidents/${reference}?view=${choice}`}
          aria-current={view === choice ? "page" : undefined}
          replace
        >
          {choice === "read" ? "Read" : "Edit"}
        </Link>
      ))}
    </nav>
  );
}
