"use client";

// Time to detect, mitigate or resolve: one at a time (six lines at once are unreadable),
// chosen with a radio group, each as its p50 and p90 line.
import { useState } from "react";
import { TrendChart } from "@/components/insights/trend-chart";
import type { Cell } from "@/lib/insights/trend-tables";

export interface DurationChoice {
  id: string;
  label: string;
  p50Column: number;
  p90Column: number;
}

export function DurationChart(props: { rows: Cell[][]; choices: DurationChoice[] }) {
  const [chosen, setChosen] = useState(props.choices[0]?.id ?? "");
  const choice = props.choices.find((entry) => entry.id === chosen) ?? props.choices[0];
  if (!choice) return null;
  return (
    <div className="stack-tight">
      <fieldset className="row tight segmented">
        <legend className="sr-only">Which duration</legend>
        {props.choices.map((entry) => (
          <label key={entry.id} className={entry.id === choice.id ? "is-chosen" : undefined}>
            <input
              type="radio"
              name="duration-kind"
              value={entry.id}
              checked={entry.id === choice.id}
              onChange={() => setChosen(entry.id)}
            />
            {entry.label}
          </label>
        ))}
      </fieldset>
      <TrendChart
        kind="lines"
        label={`${choice.label}, p50 and p90 per month, in minutes from the start`}
        rows={props.rows}
        unit=" min"
        formatValue="minutes"
        series={[
          { column: choice.p50Column, name: "p50 (median)", color: "#2f5bd3" },
          { column: choice.p90Column, name: "p90", color: "#c4520f", isDashed: true },
        ]}
      />
    </div>
  );
}
