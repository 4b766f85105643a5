// People of an imported file are matched to active accounts here by email (any case).
// Whoever has no account here is kept by name and email, never dropped and never silently
// replaced: `find` answers the account or null, `stored` the JSON kept beside a null id.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { IncidentTransfer, TransferPerson } from "@/lib/incident-transfer/transfer-schema";

export interface PeopleMatch {
  find(person: TransferPerson): string | null;
  stored(person: TransferPerson): string;
  unmatched(): TransferPerson[];
}

export async function matchPeople(
  transaction: Prisma.TransactionClient,
  file: IncidentTransfer,
): Promise<PeopleMatch> {
  const everyone = [
    ...file.participants.map((participant) => participant.person),
    ...file.actionItems.flatMap((item) => (item.owner ? [item.owner] : [])),
    ...file.evidenceSources.map((source) => source.addedBy),
    ...file.timelineEvents.flatMap((event) => (event.author ? [event.author] : [])),
    ...file.notes.flatMap((note) => [note.author, note.subject]),
    ...file.diagrams.map((diagram) => diagram.author),
    ...file.history.map((entry) => entry.actor),
  ];
  const emails = [...new Set(everyone.map((person) => normalise(person.email)).filter(Boolean))];
  const accounts =
    emails.length === 0
      ? []
      : await transaction.user.findMany({
          // Only active accounts, as a save of the form would accept them.
          where: { email: { in: emails }, isActive: true },
          select: { id: true, email: true },
        });
  const byEmail = new Map(accounts.map((account) => [normalise(account.email), account.id]));
  const missing = new Map<string, TransferPerson>();
  return {
    find(person) {
      const id = byEmail.get(normalise(person.email)) ?? null;
      if (!id) missing.set(`${person.name}\u0000${normalise(person.email)}`, person);
      return id;
    },
    stored(person) {
      return JSON.stringify({ name: person.name, email: person.email });
    },
    unmatched() {
      return [...missing.values()];
    },
  };
}

function normalise(email: string): string {
  return email.trim().toLowerCase();
}
