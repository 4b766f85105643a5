"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  ["/insights", "Trends"],
  ["/insights/themes", "Themes"],
] as const;

export function InsightsTabs() {
  const pathname = usePathname();
  return (
    <nav className="tabs" aria-label="Insights sections">
      {TABS.map(([href, label]) => (
        <Link key={href} href={href} aria-current={pathname === href ? "page" : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
