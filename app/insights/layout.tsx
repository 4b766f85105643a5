import type { ReactNode } from "react";
import { InsightsTabs } from "@/components/insights/insights-tabs";
import { requirePageUser } from "@/lib/auth/current-user";

export default async function InsightsLayout({ children }: { children: ReactNode }) {
  await requirePageUser("/insights");
  return (
    <div>
      <h1 style={{ marginBottom: "0.25rem" }}>Insights</h1>
      <p className="muted" style={{ margin: 0 }}>
        What the library says as a whole: how incidents trend over time, and what keeps coming back
        across them. Only incidents you may see are counted.
      </p>
      <InsightsTabs />
      {children}
    </div>
  );
}
