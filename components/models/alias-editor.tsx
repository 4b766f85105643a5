"use client";

// The incident's component aliases: "these names are one component" ("db1" = "blogdb").
// Facilitators add and remove them; everyone else reads them. The comparison reloads with
// each change.
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  addAliasAction,
  removeAliasAction,
} from "@/app/incidents/[reference]/models/diagrams/actions";
import type { ComponentAliasView } from "@/lib/mental-models/component-aliases";

export function AliasEditor({
  reference,
  aliases,
  canEdit,
  suggestions,
}: {
  reference: string;
  aliases: ComponentAliasView[];
  canEdit: boolean;
  suggestions: string[];
}) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [target, setTarget] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const answer = (result: Awaited<ReturnType<typeof addAliasAction>>) => {
    if (result.status === "saved") {
      setMessage(null);
      router.refresh();
      return true;
    }
    setMessage(
      result.status === "invalid"
        ? (Object.values(result.fieldErrors).flat()[0] ?? result.message)
        : result.message,
    );
    return false;
  };

  return (
    <div className="stack-tight">
      {aliases.length === 0 ? (
        <p className="muted small">
          No aliases yet. Names already match across case, spaces, separators, plurals and suffixes
          such as &ldquo;-service&rdquo;.
        </p>
      ) : (
        <ul className="plain-list" data-testid="aliases">
          {aliases.map((alias) => (
            <li key={alias.id}>
              {alias.name} = {alias.target}{" "}
              {canEdit && (
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove the alias ${alias.name} = ${alias.target}`}
                  onClick={async () => {
                    setIsBusy(true);
                    answer(await removeAliasAction(reference, alias.id));
                    setIsBusy(false);
                  }}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          className="row"
          aria-label="Add an alias"
          onSubmit={async (event) => {
            event.preventDefault();
            setIsBusy(true);
            if (answer(await addAliasAction(reference, { name, target }))) {
              setName("");
              setTarget("");
            }
            setIsBusy(false);
          }}
        >
          <datalist id="component-names">
            {suggestions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
          <label className="field">
            <span>Name</span>
            <input
              value={name}
              list="component-names"
              maxLength={120}
              placeholder="Ledger DB primary"
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <label className="field">
            <span>is the same component as</span>
            <input
              value={target}
              list="component-names"
              maxLength={120}
              placeholder="ledger-db"
              onChange={(event) => setTarget(event.target.value)}
            />
          </label>
          <button type="submit" disabled={isBusy || !name.trim() || !target.trim()}>
            Add alias
          </button>
        </form>
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
