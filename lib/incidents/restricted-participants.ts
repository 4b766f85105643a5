// Who must stay listed on a restricted incident. Restricted incidents are shown to their
// participants and admins only, so restricting with nobody listed would lock out the
// creator and everyone but admins. Pure: no Prisma, so the rule is tested directly.

export interface Participant {
  userId: string;
  role: "facilitator" | "participant" | "observer";
}

export interface RestrictionContext {
  // The person saving: they restrict it, or they edit it while it is restricted.
  editorId: string;
  isEditorAdmin: boolean;
  // The incident's creator when their account is active (null when new or deactivated).
  creatorId: string | null;
  // True when this save turns a workspace incident restricted (or creates it restricted).
  isBecomingRestricted: boolean;
}

export function keepRestrictedParticipants<
  Values extends { visibility: string; participants: Participant[] },
>(values: Values, context: RestrictionContext): Values {
  if (values.visibility !== "restricted") return values;
  const required: string[] = [];
  // Whoever restricts it stays listed, admins included: they meant to keep working on it.
  // A member editing an already restricted incident stays listed too, or one save would
  // lock them out; an admin sees it regardless, so is not added to later saves.
  if (context.isBecomingRestricted || !context.isEditorAdmin) required.push(context.editorId);
  // The creator is kept when it becomes restricted; later edits may hand it on.
  if (context.isBecomingRestricted && context.creatorId) required.push(context.creatorId);
  // Never restricted with nobody listed.
  if (values.participants.length === 0 && required.length === 0) required.push(context.editorId);

  const participants = [...values.participants];
  for (const userId of required) {
    if (!participants.some((participant) => participant.userId === userId))
      participants.push({ userId, role: "participant" });
  }
  return participants.length === values.participants.length ? values : { ...values, participants };
}
