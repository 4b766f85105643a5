"use client";

// The co-editing connection, said plainly: people must know whether others see their words.
import type { CollabStatus } from "@/components/collab/use-collab-session";

function describe(status: CollabStatus): { text: string; tone: "ok" | "warn" | "error" | "" } {
  switch (status.kind) {
    case "connecting":
      return { text: "Connecting…", tone: "" };
    case "connected":
      if (!status.isSynced) return { text: "Connected · syncing…", tone: "" };
      return status.isReadOnly
        ? { text: "Connected · live view (read-only)", tone: "ok" }
        : { text: "Connected", tone: "ok" };
    case "reconnecting":
      return { text: "Reconnecting… your edits are kept and will sync", tone: "warn" };
    case "refused":
      return { text: status.reason, tone: "error" };
  }
}

export function ConnectionStatus({ status }: { status: CollabStatus }) {
  const { text, tone } = describe(status);
  return (
    <span
      className={`collab-status ${tone}`}
      role={tone === "error" ? "alert" : undefined}
      aria-live="polite"
      data-testid="collab-status"
      data-status={status.kind}
    >
      <span className="collab-status-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
