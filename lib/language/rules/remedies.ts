// Remedies that target people rather than the system (HE-06 training, HE-07 vigilance).
// The document check DOC-02 reuses these findings to ask of every action item: does it
// change the person or the work?
import { ROLE_NOUNS } from "../lexicon";
import { alt, collect, isHumanKind, type RuleMatcher } from "./shared";

const PEOPLE = `(?:${[...ROLE_NOUNS].map((word) => word.replace(/[-]/g, "[-\\s]?")).join("|")}|everyone|everybody|people|us|them)`;
const ML_OBJECT =
  /^\s*(?:data|sets?|datasets?|jobs?|runs?|pipelines?|models?|loss|steps?|clusters?|examples?|corpus|scripts?|workloads?|nodes?|gpus?)\b/i;

const TRAINING_CAUSE = new RegExp(
  `\\b(?:training|knowledge|skills?|education|onboarding|experience)\\s+(?:issue|problem|gap|deficit|deficiency|failure)s?\\b` +
    `|\\b(?:(?:lack(?:ed|ing)?|absence)(?:\\s+of)?|had\\s+no|without(?:\\s+any)?)\\s+(?:proper\\s+|adequate\\s+|sufficient\\s+|enough\\s+|formal\\s+)?(?:training|experience)\\b` +
    `|\\b(?:insufficient|inadequate|poor|not\\s+enough|more|better|additional|extra|further|proper|refresher|mandatory)\\s+training\\b` +
    `|\\bneeds?\\s+training\\b`,
  "gi",
);
const TRAIN_PEOPLE = new RegExp(
  `\\b(?:re-?train|train|educate|re-?educate|coach|upskill|drill)(?:ed|ing|s)?\\s+(?:(?:the|all|our|new|every|each|more|other|junior|senior)\\s+)*` +
    // Up to two modifiers ("the support team", "the on-call database engineers"), no prepositions.
    `(?:(?!(?:on|with|for|in|to|from|about|using)\\b)[\\w-]+\\s+){0,2}?${PEOPLE}\\b`,
  "gi",
);
const UNTRAINED =
  /\b(?:un|under|poorly\s+|not\s+(?:properly\s+|adequately\s+|sufficiently\s+)?|insufficiently\s+)trained\b/gi;

const he06: RuleMatcher = {
  id: "HE-06",
  match(context) {
    const { text } = context;
    return [
      ...collect(TRAINING_CAUSE, text, (match) => {
        const end = match.index + match[0].length;
        return !ML_OBJECT.test(text.slice(end, end + 16));
      }),
      ...collect(TRAIN_PEOPLE, text, () => true),
      ...collect(UNTRAINED, text, (match) => isHumanKind(context.subject(match.index))),
    ];
  },
};

const MODAL = `(?:should|must|need\\s+to|needs\\s+to|have\\s+to|has\\s+to|will|to|always|shall)`;
const MORE_CAREFUL = new RegExp(
  `\\b(?:be|being|been)\\s+(?:${alt("more extra especially very much_more a_lot_more a_bit_more doubly")}\\s+)` +
    `${alt("careful vigilant cautious attentive mindful diligent thorough")}\\b` +
    `|\\bpay(?:s|ing)?\\s+${alt("more closer better extra greater careful special")}\\s+attention\\b` +
    `|\\b${alt("increased more greater extra heightened")}\\s+${alt("vigilance caution diligence attention_to_detail")}\\b` +
    `|\\bremind(?:s|ed|ing)?\\s+(?:[\\w'’-]+\\s+){1,4}?to\\b`,
  "gi",
);
const MODAL_VIGILANCE = new RegExp(
  `\\b${MODAL}\\s+(?:always\\s+|now\\s+|also\\s+)?` +
    `${alt(
      "remember double-check triple-check double_check take_(?:more_|extra_)?care think_twice stay_(?:alert|vigilant|focused) be_aware be_careful be_vigilant be_cautious be_mindful",
    )}\\b`,
  "gi",
);
const IMPERATIVE_VIGILANCE = new RegExp(
  `^(?:(?:action(?:\\s+item)?|todo|follow-up)\\s*:\\s*)?${alt(
    "remember_to always_remember be_careful be_more_careful double-check triple-check take_care think_twice",
  )}\\b`,
  "gi",
);

const GENERIC_YOU_BEFORE = /\byou\s+(?:\w+\s+){0,2}$/i;

const he07: RuleMatcher = {
  id: "HE-07",
  match(context) {
    const { text } = context;
    return [
      // "The tool reminds operators to…" is automation, the kind of fix the rule asks for.
      ...collect(MORE_CAREFUL, text, (match) => context.subject(match.index) !== "system"),
      ...collect(MODAL_VIGILANCE, text, (match) => {
        // "You must be careful with…" is documentation addressing a reader, not a remedy.
        if (GENERIC_YOU_BEFORE.test(text.slice(0, match.index))) return false;
        const subject = context.subject(match.index);
        return isHumanKind(subject) || subject === "none";
      }),
      ...(context.section === "action_item" ? collect(IMPERATIVE_VIGILANCE, text, () => true) : []),
    ];
  },
};

export const REMEDY_RULES: readonly RuleMatcher[] = [he06, he07];
