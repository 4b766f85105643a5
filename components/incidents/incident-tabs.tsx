"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  ["", "Overview"],
  ["/timeline", "Timeline"],
  ["/models", "Models"],
  ["/review", "Review"],
  ["/readiness", "Readiness"],
  ["/history", "History"],
] as const;

export function IncidentTabs({ reference }: { reference: string }) {
  const pathname = usePathname();
  return (
    <nav className="tabs" aria-label="Incident sections">
      {TABS.map(([suffix, label]) => {
        const href = `/incidents/${reference}${suffix}`;
        return (
          <Link key={label} href={href} aria-current={pathname === href ? "page" : undefined}>
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
