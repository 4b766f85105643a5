"use client";

// Start a diagram: "the system as I understood it at <moment>", blank or as a copy of one
// the person can see (their own earlier diagram, a colleague's shared one, the reference).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createDiagramAction } from "@/app/incidents/[reference]/models/diagrams/actions";
import { FieldError } from "@/components/forms/field-error";

export interface CopyableDiagram {
  id: string;
  label: string;
}

export function NewDiagramForm({
  reference,
  copyable,
  hasReference,
}: {
  reference: string;
  copyable: CopyableDiagram[];
  hasReference: boolean;
}) {
  const router = useRouter();
  const [kind, setKind] = useState<"personal" | "reference">("personal");
  const [title, setTitle] = useState("");
  const [moment, setMoment] = useState("");
  const [start, setStart] = useState<string>("blank");
  const [mermaid, setMermaid] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  return (
    <form
      className="card stack-tight"
      aria-label="New diagram"
      onSubmit={async (event) => {
        event.preventDefault();
        setIsBusy(true);
        const result = await createDiagramAction(reference, {
          kind,
          title,
          moment,
          momentTime: null,
          start:
            start === "blank"
              ? { from: "blank" }
              : start === "mermaid"
                ? { from: "mermaid", text: mermaid }
                : { from: "copy", diagramId: start },
        });
        setIsBusy(false);
        if (result.status === "created") {
          router.push(`/incidents/${reference}/models/diagrams/${result.diagramId}`);
        } else if (result.status === "invalid") {
          setErrors(result.fieldErrors);
          setMessage(result.message);
        } else {
          setErrors({});
          setMessage(result.message);
        }
      }}
    >
      <h2>New diagram</h2>
      <p className="muted small">
        Draw the system as you understood it at one moment of the incident, not as you know it now.
        You can make several: &ldquo;when I was paged&rdquo;, &ldquo;after the incident&rdquo;.
      </p>
      <div className="row">
        <label className="field grow">
          <span>Title</span>
          <input
            value={title}
            maxLength={120}
            placeholder="When I was paged"
            aria-describedby="new-diagram-title-error"
            onChange={(event) => setTitle(event.target.value)}
          />
          <FieldError id="new-diagram-title-error" messages={errors.title} />
        </label>
        <label className="field grow">
          <span>The moment it shows (optional)</span>
          <input
            value={moment}
            maxLength={200}
            placeholder="at 09:13, before the rollback"
            aria-describedby="new-diagram-moment-error"
            onChange={(event) => setMoment(event.target.value)}
          />
          <FieldError id="new-diagram-moment-error" messages={errors.moment} />
        </label>
      </div>
      <div className="row">
        <label className="field">
          <span>Whose</span>
          <select
            value={kind}
            onChange={(event) => setKind(event.target.value as "personal" | "reference")}
          >
            <option value="personal">Mine (private until I share it)</option>
            <option value="reference" disabled={hasReference}>
              The incident&rsquo;s reference diagram{hasReference ? " (already exists)" : ""}
            </option>
          </select>
        </label>
        <label className="field grow">
          <span>Start from</span>
          <select value={start} onChange={(event) => setStart(event.target.value)}>
            <option value="blank">A blank canvas</option>
            <option value="mermaid">A Mermaid flowchart I paste</option>
            {copyable.map((diagram) => (
              <option key={diagram.id} value={diagram.id}>
                A copy of {diagram.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {start === "mermaid" && (
        <div className="field">
          <label htmlFor="new-diagram-mermaid">Mermaid flowchart</label>
          <textarea
            id="new-diagram-mermaid"
            value={mermaid}
            rows={8}
            className="mono"
            placeholder={
              "flowchart LR\n  web[checkout-web] --> api[payments-api]\n  api --> db[(ledger-db)]"
            }
            aria-describedby="new-diagram-mermaid-help new-diagram-mermaid-error"
            onChange={(event) => setMermaid(event.target.value)}
          />
          <span id="new-diagram-mermaid-help" className="muted small">
            A <code>flowchart</code> or <code>graph</code> from an architecture document: shapes
            become kinds (<code>[(db)]</code> a datastore), dotted arrows async messages.
          </span>
          <FieldError id="new-diagram-mermaid-error" messages={errors["start.text"]} />
        </div>
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <div>
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? "Creating…" : "Create diagram"}
        </button>
      </div>
    </form>
  );
}
