// Incident references as people say them: INC-42.

export function formatIncidentReference(number: number): string {
  return `INC-${number}`;
}

export function parseIncidentReference(reference: string): number | null {
  const match = /^inc-(\d{1,9})$/i.exec(reference.trim());
  if (!match?.[1]) return null;
  const number = Number(match[1]);
  return number > 0 ? number : null;
}
