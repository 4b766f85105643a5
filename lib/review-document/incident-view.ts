// Which view of an incident a person gets: the document (read) or the form (edit). Pure.
// People who cannot edit always read; editors read published reviews and edit the others
// by default, and their explicit choice (?view=read|edit) wins.
export type IncidentView = "read" | "edit";

export function chooseIncidentView(input: {
  requested: string | string[] | undefined;
  canEdit: boolean;
  status: string;
}): IncidentView {
  if (!input.canEdit) return "read";
  const requested = Array.isArray(input.requested) ? input.requested[0] : input.requested;
  if (requested === "read" || requested === "edit") return requested;
  return input.status === "published" ? "read" : "edit";
}
