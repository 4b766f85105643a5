// Questions for the focused moment, how and what rather than why: they ask what made an
// action make sense then, not who should have done otherwise. From the product brief's
// meeting guidance and the language catalogue's reframing questions (copied here: the app
// never reads the shared folder at run time). Pure.
import type { FocusKind } from "@/lib/meetings/focus-target";

const MOMENT_PROMPTS = [
  "What were you seeing?",
  "What did you expect to happen next?",
  "What options did you consider?",
  "What made this action make sense then?",
  "What made that signal hard to see at the time?",
  "Who else did you talk to, and what did they know?",
] as const;

const MODEL_PROMPTS = [
  "What did you believe the system was doing at this point?",
  "Where did that picture come from (a dashboard, a runbook, experience)?",
  "What surprised you when you learned more?",
  "What did you expect to happen next?",
] as const;

const COMPARE_PROMPTS = [
  "Where do our pictures of the system differ?",
  "How did each picture make sense to the person who drew it?",
  "What did the traces show that nobody drew?",
] as const;

export function questionPromptsFor(kind: FocusKind | null): readonly string[] {
  if (kind === "compare") return COMPARE_PROMPTS;
  if (kind === "note" || kind === "diagram") return MODEL_PROMPTS;
  return MOMENT_PROMPTS;
}

// Shown to everyone before the agenda; acknowledged once per person.
export const GROUND_RULES: readonly { title: string; detail: string }[] = [
  {
    title: "This review is blameless.",
    detail: "We look at the system and the conditions people worked in, not at who to blame.",
  },
  {
    title: "We look for how it made sense at the time.",
    detail:
      "People acted on what they saw, knew and expected then. We want to understand that, with what we know now set aside.",
  },
  {
    title: "No counterfactuals.",
    detail:
      "“Should have” and “could have” describe a world that did not happen. We ask what happened and what made it hard to see.",
  },
  {
    title: "Every account counts.",
    detail: "Different views of the same moment are what we are here to find.",
  },
];
