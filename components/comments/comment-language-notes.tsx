"use client";

// Blameless-language prompts for a comment as it is written, a beat behind typing: the same
// findings, explanations and questions as the narrative's, never blocking the post.
import { useDeferredValue, useMemo } from "react";
import { CATEGORY_LABELS } from "@/components/language/category-labels";
import { analyze } from "@/lib/language";

export function CommentLanguageNotes({ text }: { text: string }) {
  const deferred = useDeferredValue(text);
  const findings = useMemo(
    () => (deferred.trim() ? analyze(deferred, { section: "note" }) : []),
    [deferred],
  );
  if (findings.length === 0) return null;
  return (
    <ul
      className="comment-language plain-list small"
      aria-label="Language notes"
      data-testid="comment-language"
    >
      {findings.slice(0, 3).map((finding) => (
        <li key={`${finding.ruleId}-${finding.start}`}>
          <span className={`badge lang-badge-${finding.category}`}>
            {CATEGORY_LABELS[finding.category]}
          </span>{" "}
          <span className={`lang-finding lang-${finding.category}`}>“{finding.excerpt}”</span>{" "}
          {finding.message}{" "}
          <span className="finding-question">
            <strong>Ask instead:</strong> {finding.question}
          </span>
        </li>
      ))}
    </ul>
  );
}
