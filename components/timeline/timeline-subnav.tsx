// Events | Traces, inside the Timeline tab.
import Link from "next/link";

export function TimelineSubnav({
  reference,
  current,
}: {
  reference: string;
  current: "events" | "traces";
}) {
  return (
    <nav className="row timeline-subnav" aria-label="Timeline views">
      <Link
        href={`/incidents/${reference}/timeline`}
        aria-current={current === "events" ? "page" : undefined}
      >
        Events
      </Link>
      <Link
        href={`/incidents/${reference}/timeline/traces`}
        aria-current={current === "traces" ? "page" : undefined}
      >
        Traces, service graph and triangulation
      </Link>
    </nav>
  );
}
