// What saving an incident can come to, as the form needs to show it.
import type { IncidentInput } from "@/lib/incidents/schema";
import type { InvalidFields } from "@/lib/validation/field-errors";

export type SaveIncidentResult =
  | { status: "saved"; reference: string; version: number }
  | InvalidFields
  | {
      status: "conflict";
      message: string;
      theirs: IncidentInput;
      version: number;
      updatedBy: string;
      updatedAt: string;
    };
