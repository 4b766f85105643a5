// Counterfactuals that judge a person against a yardstick (CF-08…CF-10): absences of
// checking, assumed foresight and "the correct action". Split from the modal/conditional
// rules to keep each file on one concern.
import { isParticiple } from "../lexicon";
import { ADVERB, HAVE, NEGATION, alt, collect, isHumanKind, type RuleMatcher } from "./shared";

const CHECK_BASE =
  "notice verify read test check double-check confirm validate review look examine inspect monitor " +
  "see spot catch consult ask escalate wait consider investigate compare watch notify tell inform " +
  "realise realize recognise recognize question reread re-read retest follow_up";
const CHECK_PAST =
  "noticed verified tested checked double-checked confirmed validated reviewed looked examined " +
  "inspected monitored saw spotted caught consulted asked escalated waited considered investigated " +
  "compared watched notified told informed realised realized recognised recognized questioned " +
  "reread re-read retested followed_up";
const DID_NOT_CHECK = new RegExp(
  // "did not" takes the base form, "never" the past: "Never wait for…" is an instruction.
  `\\b(?:did\\s+not|didn['’]t)\\s+(?:${ADVERB}\\s+)*${alt(CHECK_BASE)}\\b|\\bnever\\s+(?:${ADVERB}\\s+)*${alt(CHECK_PAST)}\\b`,
  "gi",
);
// "We didn't see any errors" reports an observation, not a missed check.
const OBSERVATION_OBJECT =
  /^\s+(?:any|anything|a\s+single|no|an?\s+(?:issue|problem|error|change))\b/i;

const EXPLAINED_AFTER =
  /\b(?:because|since|due\s+to|as\s+(?:it|the|they|there)|so\s+(?:it|they))\b/i;

// "If you didn't see the warning, …" describes a hypothetical reader, not a past absence.
const HYPOTHETICAL_BEFORE = /\b(?:if|unless)\b[^,;]*$/i;

const cf08: RuleMatcher = {
  id: "CF-08",
  match(context) {
    return collect(DID_NOT_CHECK, context.text, (match) => {
      const end = match.index + match[0].length;
      if (OBSERVATION_OBJECT.test(context.text.slice(end, end + 24))) return false;
      if (HYPOTHETICAL_BEFORE.test(context.text.slice(0, match.index))) return false;
      // "…did not see the alert because it was routed elsewhere" already gives the how.
      if (EXPLAINED_AFTER.test(context.text.slice(end))) return false;
      return isHumanKind(context.subject(match.index)) || context.subject(match.index) === "none";
    });
  },
};

const KNOW_PERFECT = new RegExp(
  `\\b(should(?:n['’]t)?|could(?:n['’]t)?|must|would(?:n['’]t)?|ought\\s+to)((?:\\s+${ADVERB})*)${HAVE}\\s+((?:${ADVERB}\\s+)*)` +
    `${alt("known anticipated foreseen predicted realised realized guessed suspected understood seen_it_coming")}\\b`,
  "gi",
);
const NEGATIVE_SUBJECT = /\b(?:nobody|no\s+one|none\s+of\s+(?:us|them)|nothing|no\s+\w+)\s*$/i;

const cf09: RuleMatcher = {
  id: "CF-09",
  match(context) {
    return collect(KNOW_PERFECT, context.text, (match) => {
      // "Nobody could have known" and "could not have foreseen" are the blameless readings.
      if (NEGATION.test(`${match[1] ?? ""}${match[2] ?? ""} ${match[3] ?? ""}`)) return false;
      if (NEGATIVE_SUBJECT.test(context.text.slice(0, match.index))) return false;
      const subject = context.subject(match.index);
      return isHumanKind(subject) || subject === "none" || subject === "other";
    });
  },
};

const CORRECT_ACTION = new RegExp(
  `\\b(?:the|a|an)\\s+(?:more\\s+)?${alt(
    "correct right proper appropriate better best obvious sensible safer safe smarter wiser",
  )}\\s+${alt("action move call choice decision response thing step approach course option play path")}` +
    `(?:\\s+of\\s+action)?(?:\\s+to\\s+(?:do|take|make))?(?:\\s+here|\\s+at\\s+the\\s+time)?\\s+` +
    `${alt("would_have_been would['’]ve_been should_have_been was_to was_clearly was_obviously")}\\b`,
  "gi",
);
const SHOULD_PERFECT = new RegExp(
  `\\bshould(?:n['’]t)?(?:\\s+${ADVERB})*${HAVE}\\s+(?:${ADVERB}\\s+)*(?:been\\s+)?([A-Za-z][A-Za-z-]*)`,
  "gi",
);
const CLAUSE_END = /[.;:()"“”!?]|,\s+(?:and|but|so)\b/;
const LEADING_COMMA = /^,/;
const INSTEAD = /\b(?:instead|rather\s+than)\b/i;

const cf10: RuleMatcher = {
  id: "CF-10",
  match(context) {
    const { text } = context;
    const instead = INSTEAD.exec(text);
    const alternatives = instead
      ? collect(SHOULD_PERFECT, text, (match) => {
          if (!isParticiple(match[1] ?? "")) return false;
          const end = match.index + match[0].length;
          // "Instead, X should have…" or "should have paged the DB team instead": the
          // alternative must sit in the same clause as the judgment.
          const between =
            instead.index < match.index
              ? text.slice(instead.index + instead[0].length, match.index)
              : text.slice(end, instead.index);
          if (between.length > 60 || CLAUSE_END.test(between.replace(LEADING_COMMA, "")))
            return false;
          const start = Math.min(instead.index, match.index);
          return { start, end: Math.max(end, instead.index + instead[0].length) };
        })
      : [];
    return [...collect(CORRECT_ACTION, text, () => true), ...alternatives];
  },
};

export const JUDGMENT_COUNTERFACTUAL_RULES: readonly RuleMatcher[] = [cf08, cf09, cf10];
