// What saving an incident can come to, as the form needs to show it.
import type { IncidentInput } from "@/lib/incidents/schema";

export type SaveIncidentResult =
  | { status: "saved"; reference: string; version: number }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | {
      status: "conflict";
      message: string;
      theirs: IncidentInput;
      version: number;
      updatedBy: string;
      updatedAt: string;
    };
