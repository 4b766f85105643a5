// Hindsight and minimising words (HM-01…HM-06): "obviously", "just had to", "easily
// avoidable", "the signs were there", "everyone knows", "ignored the alert". Each is judged
// with the ending known (Cook #8). Manner uses ("clearly labelled") are left alone.
import { ADVERB, alt, collect, isHumanKind, type RuleMatcher } from "./shared";

const EVIDENTIAL = new RegExp(
  `\\b${alt("obviously clearly of_course evidently naturally plainly patently needless_to_say")}\\b` +
    `|\\b(?:it|this|that)\\s+(?:was|is)\\s+(?:${alt("so very pretty quite blindingly painfully")}\\s+)?obvious\\b(?!\\s+to\\b)`,
  "gi",
);
// "Clearly labelled", "more clearly", "not clearly": manner or negation, not a verdict.
const MANNER_AFTER = new RegExp(
  `^\\s+(?:${alt(
    "labell?ed marked visible documented defined separated shown displayed indicated explained stated written " +
      "communicated distinguished identified highlighted readable legible audible specified scoped outlined described " +
      "named understood worded signposted signed presented structured organi[sz]ed articulated set_out laid_out",
  )})\\b|^\\s*(?:[.;:!?)]|$)`,
  "i",
);
const PRESENT_VERB_AFTER = /^\s+(?:[a-z]+(?:s|es)\b(?<!\b(?:was|has|is|does))|[a-z]+ing\b)/;
const COMMA_AFTER = /^\s*,/;
const QUALIFIER_BEFORE =
  /\b(?:more|less|very|most|so|not|isn['’]t|wasn['’]t|weren['’]t|aren['’]t|never|un)\s+$/i;
// "naturally" is a manner adverb in "the queue naturally drains"; as a verdict it opens a clause.
const CLAUSE_OPENING = /(?:^|[,;:]\s*|\b(?:and|but|so)\s+)$/i;

const hm01: RuleMatcher = {
  id: "HM-01",
  match(context) {
    const { text } = context;
    return collect(EVIDENTIAL, text, (match) => {
      const before = text.slice(Math.max(0, match.index - 16), match.index);
      const end = match.index + match[0].length;
      const word = match[0].toLowerCase();
      if (QUALIFIER_BEFORE.test(before)) return false;
      if (word === "clearly" && MANNER_AFTER.test(text.slice(end, end + 24))) return false;
      // "…shows the spike clearly, so…" is manner; "Clearly, nobody…" opens a verdict.
      if (
        COMMA_AFTER.test(text.slice(end, end + 3)) &&
        !CLAUSE_OPENING.test(text.slice(0, match.index))
      )
        return false;
      // "The runbook clearly explains…": a present-tense verb after it describes manner.
      if (word === "clearly" && PRESENT_VERB_AFTER.test(text.slice(end, end + 24))) return false;
      if (word === "naturally" && !CLAUSE_OPENING.test(text.slice(0, match.index))) return false;
      return true;
    });
  },
};

const JUST_HAD_TO = new RegExp(
  // Past tense only: "all you need to do is import it" is an instruction, not a verdict.
  `\\b(?:just|simply|merely|only)\\s+(?:had|needed)\\s+to\\b` +
    `|\\ball\\s+(?:[\\w'’-]+\\s+){1,3}?(?:had|needed)\\s+to\\s+do\\s+(?:was|were)\\b` +
    `|\\ball\\s+(?:it|that)\\s+(?:took|takes|needed)\\s+was\\s+(?:for\\s+)?(?:someone|somebody|a\\s+person|one\\s+person|the\\s+\\w+)\\s+to\\b` +
    `|\\b(?:was|is)\\s+(?:just|simply)\\s+a\\s+matter\\s+of\\b`,
  "gi",
);

const FIRST_PERSON_BEFORE = /\b(?:we|i)\s+(?:then\s+|only\s+|really\s+)?$/i;

const hm02: RuleMatcher = {
  id: "HM-02",
  match(context) {
    return collect(JUST_HAD_TO, context.text, (match) => {
      // "We just had to wait for the TTL" reports our own easy step; minimising is about others.
      if (FIRST_PERSON_BEFORE.test(context.text.slice(0, match.index))) return false;
      return context.subject(match.index) !== "system";
    });
  },
};

const EASY = new RegExp(
  `\\b(?:easily|readily|trivially|completely|totally|entirely|fully|so|very|clearly|100%)\\s+(?:avoidable|preventable|avoided|prevented|detectable|catchable|spottable|foreseeable)\\b` +
    `|\\b(?:trivial|easy|simple|obvious|straightforward)\\s+to\\s+(?:spot|see|catch|notice|find|avoid|prevent|detect|foresee|predict)\\b` +
    `|\\b(?:was|is|were|an?|this|entirely|totally)\\s+(?:an?\\s+)?(?:avoidable|preventable)\\b`,
  "gi",
);
const NOT_BEFORE = /\b(?:not|n['’]t|never|hardly|barely)\s+(?:\w+\s+)?$/i;

const hm03: RuleMatcher = {
  id: "HM-03",
  match(context) {
    return collect(
      EASY,
      context.text,
      (match) => !NOT_BEFORE.test(context.text.slice(0, match.index)),
    );
  },
};

const SIGNS = new RegExp(
  `\\bshould\\s+(?:${ADVERB}\\s+)*have\\s+been\\s+(?:${alt("so very")}\\s+)?${alt("obvious clear apparent evident plain noticeable visible")}\\b` +
    `|\\b(?:in\\s+(?:hindsight|retrospect)|looking\\s+back),?\\s+(?:it|this|that)\\s+(?:was|is|seems|seemed)\\s+(?:so\\s+|very\\s+)?${alt("clear obvious apparent evident")}\\b` +
    `|\\b(?:the\\s+|all\\s+the\\s+)?${alt("signs signals clues warning_signs red_flags writing symptoms indicators")}\\s+(?:(?:that|which)\\s+)?(?:${alt("were was")})\\s+(?:all\\s+)?` +
    `${alt("there on_the_wall everywhere clear obvious ignored missed overlooked dismissed plain visible")}\\b` +
    `|\\b(?:ignored|missed|overlooked|dismissed)\\s+(?:the\\s+|all\\s+the\\s+|several\\s+|many\\s+|obvious\\s+|clear\\s+)*${alt("red_flags warning_signs signs")}\\b`,
  "gi",
);

const hm04: RuleMatcher = {
  id: "HM-04",
  match(context) {
    return collect(SIGNS, context.text, () => true);
  },
};

const COMMON_KNOWLEDGE = new RegExp(
  `\\b${alt(
    "every(?:one|body)_knows any(?:one|body)_knows any_(?:\\w+_)?(?:engineer|developer|operator|sre)_(?:knows|would_know|should_know) " +
      "common_sense common_knowledge (?:as|it)_is_well[-_]known well_known_(?:fact|rule) goes_without_saying " +
      "basic_knowledge (?:knows?|knew)_better everyone_should_know as_everyone_knows",
  )}\\b`,
  "gi",
);

const hm05: RuleMatcher = {
  id: "HM-05",
  match(context) {
    return collect(
      COMMON_KNOWLEDGE,
      context.text,
      (match) => !NOT_BEFORE.test(context.text.slice(0, match.index)),
    );
  },
};

const SIGNAL = alt(
  "alerts? alarms? pages? paging warnings? notifications? signals? messages? tickets? emails? errors? escalations? pings? calls?",
);
const IGNORED_SIGNAL = new RegExp(
  `\\b${alt("ignored missed overlooked dismissed disregarded silenced snoozed muted acked_and_ignored slept_through")}` +
    `\\s+(?:[\\w'’-]+\\s+){0,4}?${SIGNAL}\\b`,
  "gi",
);

const hm06: RuleMatcher = {
  id: "HM-06",
  match(context) {
    return collect(IGNORED_SIGNAL, context.text, (match) =>
      isHumanKind(context.subject(match.index)),
    );
  },
};

export const HINDSIGHT_RULES: readonly RuleMatcher[] = [hm01, hm02, hm03, hm04, hm05, hm06];
