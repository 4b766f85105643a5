"use client";

// "Import review (JSON)": a file exported by Debrief (this one or another) becomes a new
// incident. The file is read and checked as JSON here first; the server checks the rest and
// answers either the new reference or what does not fit, line by line. Nothing is saved
// from a file it refuses.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { send } from "@/lib/client/request-json";
import { z } from "@/lib/validation/zod";

const answerSchema = z.object({
  reference: z.string(),
  counts: z.object({ events: z.number(), sources: z.number(), notes: z.number() }),
  unmatched: z.array(z.object({ name: z.string(), email: z.string() })),
});
const refusalSchema = z.object({
  error: z.object({
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

type Outcome =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "refused"; message: string; lines: string[] }
  | { kind: "imported"; answer: z.infer<typeof answerSchema> };

export function ImportReviewForm({ maxBytes, maxLabel }: { maxBytes: number; maxLabel: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });

  const submit = async () => {
    if (!file) {
      setOutcome({ kind: "refused", message: "Choose an exported .json file first.", lines: [] });
      return;
    }
    if (file.size > maxBytes) {
      setOutcome({ kind: "refused", message: `That file is over ${maxLabel}.`, lines: [] });
      return;
    }
    setOutcome({ kind: "working" });
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setOutcome({
        kind: "refused",
        message: `${file.name} is not JSON. Choose a file exported with “Export (JSON)”.`,
        lines: [],
      });
      return;
    }
    const response = await send("/api/incidents/import", { method: "POST", body: parsed });
    if (!(response instanceof Response)) {
      setOutcome({ kind: "refused", message: response.message, lines: [] });
      return;
    }
    const body: unknown = await response.json().catch(() => null);
    const answer = answerSchema.safeParse(body);
    if (response.ok && answer.success) {
      setOutcome({ kind: "imported", answer: answer.data });
      router.refresh();
      return;
    }
    const refusal = refusalSchema.safeParse(body);
    setOutcome({
      kind: "refused",
      message: refusal.success
        ? refusal.data.error.fields?.file
          ? "This file cannot be imported:"
          : refusal.data.error.message
        : "The import failed. Nothing was saved; try again.",
      lines: refusal.success ? (refusal.data.error.fields?.file ?? []) : [],
    });
  };

  return (
    <form
      className="card stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor="import-file">Exported review (.json)</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setOutcome({ kind: "idle" });
          }}
          aria-describedby="import-file-help"
        />
        <span id="import-file-help" className="hint">
          Made with “Export (JSON)” on an incident, or{" "}
          <code>debrief export INC-12 --format json</code>. At most {maxLabel}.
        </span>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={outcome.kind === "working"}>
          {outcome.kind === "working" ? "Importing…" : "Import as a new incident"}
        </button>
      </div>
      {outcome.kind === "refused" && (
        <div className="banner warn" role="alert" data-testid="import-error">
          <p>{outcome.message}</p>
          {outcome.lines.length > 0 && (
            <ul>
              {outcome.lines.map((line) => (
                <li key={line}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          )}
          <p className="small">Nothing was saved.</p>
        </div>
      )}
      {outcome.kind === "imported" && (
        <div className="banner" role="status" data-testid="import-done">
          <p>
            Imported as{" "}
            <Link href={`/incidents/${outcome.answer.reference}`}>{outcome.answer.reference}</Link>:{" "}
            {outcome.answer.counts.events} timeline events from {outcome.answer.counts.sources}{" "}
            sources, {outcome.answer.counts.notes} notes, with its history.
          </p>
          {outcome.answer.unmatched.length > 0 && (
            <p className="small">
              No account here for{" "}
              {outcome.answer.unmatched
                .map((person) => `${person.name} (${person.email})`)
                .join(", ")}
              : they are kept by name.
            </p>
          )}
        </div>
      )}
    </form>
  );
}
