"use client";

import { useState, type FormEvent } from "react";
import { updateLanguageSettingsAction } from "@/app/admin/settings/actions";
import { CATEGORY_LABELS } from "@/components/language/category-labels";
import { CATEGORIES, type Category } from "@/lib/language";

interface RuleSummary {
  id: string;
  category: Category;
  title: string;
  message: string;
}

export function LanguageSettingsForm(props: {
  initial: { allowWords: string[]; disabledRules: string[]; people: string[] };
  rules: RuleSummary[];
}) {
  const [allowText, setAllowText] = useState(props.initial.allowWords.join("\n"));
  const [peopleText, setPeopleText] = useState(props.initial.people.join("\n"));
  const [disabled, setDisabled] = useState(() => new Set(props.initial.disabledRules));
  const [banner, setBanner] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setBanner(null);
    try {
      const result = await updateLanguageSettingsAction({
        allowWords: allowText.split("\n").map((word) => word.trim()),
        people: peopleText.split("\n").map((name) => name.trim()),
        disabledRules: [...disabled],
      });
      setBanner(
        result.status === "error"
          ? { kind: "error", text: Object.values(result.fieldErrors).flat()[0] ?? result.message }
          : {
              kind: "ok",
              text: "Saved. Editors pick the settings up when they next open an incident.",
            },
      );
    } catch {
      setBanner({
        kind: "error",
        text: "Could not reach the server. Your changes are still here; try again.",
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="stack"
      onSubmit={(event) => void onSubmit(event)}
      aria-labelledby="language-settings-title"
    >
      <section className="card stack">
        <h2 id="language-settings-title">Language notes</h2>
        <p className="muted small">
          The blameless-language check explains and asks; it never blocks. Tune it for your team:
          words it should never flag, and rules you do not want.
        </p>
        <div className="field">
          <label htmlFor="allow-words">
            Never flag these words or phrases{" "}
            <span className="hint">one per line, e.g. product names such as “Blame Tracker”</span>
          </label>
          <textarea
            id="allow-words"
            value={allowText}
            onChange={(event) => setAllowText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="team-people">
            Names of people on the team{" "}
            <span className="hint">
              one per line; helps the check tell people (“Wanjiru did not verify…”) from systems
            </span>
          </label>
          <textarea
            id="team-people"
            value={peopleText}
            onChange={(event) => setPeopleText(event.target.value)}
          />
        </div>
        <fieldset className="stack" style={{ border: "none", padding: 0, margin: 0 }}>
          <legend>
            <strong>Rules</strong>{" "}
            <span className="muted small">(untick to switch a rule off)</span>
          </legend>
          {CATEGORIES.map((category) => (
            <div key={category}>
              <h3>{CATEGORY_LABELS[category]}</h3>
              {props.rules
                .filter((rule) => rule.category === category)
                .map((rule) => (
                  <label
                    key={rule.id}
                    className="row"
                    style={{ fontWeight: 400, alignItems: "flex-start", flexWrap: "nowrap" }}
                  >
                    <input
                      type="checkbox"
                      style={{ width: "auto", marginTop: "0.3rem" }}
                      checked={!disabled.has(rule.id)}
                      onChange={(event) => {
                        const next = new Set(disabled);
                        if (event.target.checked) next.delete(rule.id);
                        else next.add(rule.id);
                        setDisabled(next);
                      }}
                    />
                    <span>
                      <strong>{rule.title}</strong> <span className="muted small">{rule.id}</span>
                      <br />
                      <span className="small">{rule.message}</span>
                    </span>
                  </label>
                ))}
            </div>
          ))}
        </fieldset>
      </section>
      <div className="sticky-actions">
        <button type="submit" className="primary" disabled={isSaving}>
          {isSaving ? "Saving…" : "Save settings"}
        </button>
        {banner && (
          <span
            className={`banner ${banner.kind}`}
            role={banner.kind === "error" ? "alert" : "status"}
          >
            {banner.text}
          </span>
        )}
      </div>
    </form>
  );
}
