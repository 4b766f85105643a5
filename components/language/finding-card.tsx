"use client";

// The card that explains a finding: why the wording gets in the way, the question to ask
// instead, where that comes from, and a way to dismiss it (with an optional reason).
import { useState } from "react";
import { CATEGORY_LABELS } from "@/components/language/category-labels";
import type { Finding } from "@/lib/language";

export function FindingCard(props: {
  finding: Finding;
  style?: React.CSSProperties;
  onDismiss?: (reason: string) => void;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}) {
  const { finding } = props;
  const [isAskingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState("");
  return (
    <div
      className="finding-card"
      role="dialog"
      aria-label={`Language note: ${CATEGORY_LABELS[finding.category]}`}
      style={props.style}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(event) => event.key === "Escape" && props.onClose()}
      data-testid="finding-card"
    >
      <div className="row">
        <span className={`badge lang-badge-${finding.category}`}>
          {CATEGORY_LABELS[finding.category]}
        </span>
        <span className="spacer" />
        <button type="button" className="link" onClick={props.onClose} aria-label="Close">
          ×
        </button>
      </div>
      <p className="finding-excerpt">“{finding.excerpt}”</p>
      <p>{finding.message}</p>
      <p className="finding-question">
        <strong>Ask instead:</strong> {finding.question}
      </p>
      <p className="muted small">Source: {finding.source}</p>
      {props.onDismiss &&
        (isAskingReason ? (
          // Not a <form>: the card sits inside the incident form, and a nested form's submit
          // reached the page (a reload that lost every unsaved field). Enter dismisses here.
          <div className="row" role="group" aria-label="Dismiss with a reason">
            <input
              aria-label="Why dismiss? (optional)"
              placeholder="Why? (optional)"
              value={reason}
              maxLength={500}
              onChange={(event) => setReason(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== "Enter") return;
                event.preventDefault();
                event.stopPropagation();
                props.onDismiss?.(reason.trim());
              }}
              autoFocus
              style={{ flex: 1 }}
            />
            <button type="button" onClick={() => props.onDismiss?.(reason.trim())}>
              Dismiss
            </button>
          </div>
        ) : (
          <div className="row">
            <button type="button" onClick={() => props.onDismiss?.("")}>
              Dismiss
            </button>
            <button type="button" className="link" onClick={() => setAskingReason(true)}>
              Dismiss with a reason…
            </button>
          </div>
        ))}
    </div>
  );
}
