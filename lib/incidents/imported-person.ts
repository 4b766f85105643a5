// People of an imported review who have no account here are stored as JSON { name, email }
// (ActionItem.importedOwner, TimelineEvent.importedAuthor, AuditEntry.importedActor, ...).
// Reads one back; a value that is not such a person reads as "Someone" rather than failing.
import { importedPersonSchema, type ImportedPerson } from "@/lib/incidents/schema";

export function readImportedPerson(stored: string): ImportedPerson {
  try {
    const parsed = importedPersonSchema.safeParse(JSON.parse(stored));
    if (parsed.success) return parsed.data;
  } catch {
    // Fall through: not JSON.
  }
  return { name: "Someone", email: "" };
}

export function readImportedPeople(stored: string): (ImportedPerson & { role: string })[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry: unknown) => {
      const person = importedPersonSchema.safeParse(entry);
      const role =
        entry && typeof entry === "object" && "role" in entry && typeof entry.role === "string"
          ? entry.role
          : "participant";
      return person.success ? [{ ...person.data, role }] : [];
    });
  } catch {
    return [];
  }
}
