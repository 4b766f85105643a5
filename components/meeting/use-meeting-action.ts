"use client";
// Runs one meeting action from a button or form: busy while it runs, the server's message
// when it refuses (kept next to the control, nothing typed is lost), and a refresh of the
// page's data when it succeeds.
import { useRouter } from "next/navigation";
import { useState } from "react";

interface Failure {
  status: "error";
  message: string;
  fieldErrors: Record<string, string[]>;
}

function isFailure(result: unknown): result is Failure {
  return (
    typeof result === "object" &&
    result !== null &&
    (result as { status?: unknown }).status === "error"
  );
}

export function useMeetingAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  // Resolves true when the action succeeded, so forms clear only then.
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setIsBusy(true);
    try {
      const result = await action();
      if (isFailure(result)) {
        setError(Object.values(result.fieldErrors).flat()[0] ?? result.message);
        return false;
      }
      setError(null);
      router.refresh();
      return true;
    } catch {
      setError("Debrief could not be reached. Check the connection and try again.");
      return false;
    } finally {
      setIsBusy(false);
    }
  }

  return { run, error, isBusy, clearError: () => setError(null) };
}
