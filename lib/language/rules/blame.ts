// Blame and judgment (BJ-01…BJ-07): character words, slang, normative verdicts,
// indignation, pace judgments, sanctions and culprit-seeking questions. Words that also
// have technical senses ("lazy loading", "the client blindly retries", "the alert fired")
// are gated by collocation or by a person as subject.
import { ADVERB, alt, collect, isHumanKind, type RuleMatcher } from "./shared";

const CHARACTER = new RegExp(
  `\\b${alt(
    "careless(?:ness)? negligen(?:t|ce|tly) sloppy sloppiness sloppily incompeten(?:t|ce|tly) reckless(?:ness)? " +
      "irresponsible irresponsibly inept ineptitude rookie_(?:mistake|error|move) amateur(?:ish)?_(?:mistake|error|move|hour) " +
      "(?:dumb|stupid)_(?:mistake|error|move|change|decision|idea|thing) idiotic boneheaded thoughtless(?:ly)? clueless",
  )}\\b`,
  "gi",
);
// "Lazy" is a technique in code (lazy loading, lazy evaluation); it judges only people or their work.
const LAZY = /\blaz(?:y|iness|ily)\b/gi;
const LAZY_PERSON_CONTEXT =
  /^\s+(?:engineers?|developers?|reviews?|reviewers?|approach|work|fix|change|mistake|attitude|people|team|operators?)\b|^[\s.,;!]*$/i;

const PREDICATIVE_BEFORE = /\b(?:was|were|is|are|being|been|too|so|very|pretty|quite)\s+$/i;

const bj01: RuleMatcher = {
  id: "BJ-01",
  match(context) {
    const { text } = context;
    return [
      ...collect(CHARACTER, text, () => true),
      ...collect(LAZY, text, (match) => {
        const end = match.index + match[0].length;
        if (match[0].toLowerCase() === "lazily") return false;
        if (LAZY_PERSON_CONTEXT.test(text.slice(end, end + 16))) return true;
        // Predicative "the engineer was lazy" judges whoever the subject is.
        return (
          PREDICATIVE_BEFORE.test(text.slice(0, match.index)) &&
          isHumanKind(context.subject(match.index))
        );
      }),
    ];
  },
};

const SLANG = new RegExp(
  `\\b${alt(
    "botch(?:ed|es|ing)? bungled? bungling fumbled? fumbling goofed dropped_the_ball drop_the_ball dropping_the_ball " +
      "(?:screwed|messed|fucked|cocked|mucked)_up screw-ups? mess-ups? f[*u]cked_up blew_it butchered",
  )}\\b`,
  "gi",
);
const NEGATED_ACTOR =
  /\b(?:nobody|no\s+one|none\s+of\s+us|never|didn['’]t|did\s+not|not)\s+(?:\w+\s+)?$/i;

const bj02: RuleMatcher = {
  id: "BJ-02",
  match(context) {
    return collect(SLANG, context.text, (match) => {
      if (NEGATED_ACTOR.test(context.text.slice(0, match.index))) return false;
      return context.subject(match.index) !== "system";
    });
  },
};

const VERDICT = new RegExp(
  `\\b(?:poor|bad|wrong|questionable|terrible|ill-advised|misguided|flawed)\\s+(?:${alt(
    "decisions? judg(?:e)?ments? choices? calls? planning",
  )})(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:to|by|on|in|at|from|when|that|which|for|and|but|of|with|under|during|here|there)\\b)` +
    `|\\b(?:lapses?|errors?)\\s+(?:of|in)\\s+judg(?:e)?ment\\b|\\bshould\\s+have\\s+known\\s+better\\b`,
  "gi",
);
const IMPROPER =
  /\b(?:improper(?:ly)?|inappropriate(?:ly)?|unreasonabl[ey]|unwise(?:ly)?|wrongly|incorrectly)\b/gi;
const ACTION_NOUN_AFTER =
  /^\s+(?:decisions?|choices?|calls?|actions?|behaviou?r|conduct|responses?|handling|use|judge?ments?)\b/i;
// A gerund or a decision opening the sentence is an action someone took.
const ACTION_SUBJECT =
  /^\s*(?:[A-Z][a-z]+ing\b|(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:\w+['’]s\s+)?(?:decision|choice|call|action|response|approach)\b|\w+['’]s\s+(?:decision|choice|call|action|response|approach)\b)/;
const PERSON_BEARING = /\b(?:improper|inappropriate|unreasonabl|unwise)/i;

const bj03: RuleMatcher = {
  id: "BJ-03",
  match(context) {
    const { text } = context;
    return [
      ...collect(VERDICT, text, () => true),
      ...collect(IMPROPER, text, (match) => {
        const agent = context.agentAfter(match.index);
        if (agent !== undefined) return isHumanKind(agent);
        const subject = context.subject(match.index);
        const word = match[0].toLowerCase();
        // Adjectives judge people only through their actions: "skipping the canary was
        // unreasonable", "an unreasonable decision"; "improper indexing" describes a design.
        if (!word.endsWith("ly")) {
          const end = match.index + match[0].length;
          if (ACTION_NOUN_AFTER.test(text.slice(end, end + 24))) return true;
          return (
            PREDICATIVE_BEFORE.test(text.slice(0, match.index)) &&
            (isHumanKind(subject) || ACTION_SUBJECT.test(text))
          );
        }
        // "incorrectly"/"wrongly" describe parsers as often as people; the rest judge people.
        if (PERSON_BEARING.test(match[0])) return subject !== "system";
        return isHumanKind(subject);
      }),
    ];
  },
};

const INDIGNATION = new RegExp(
  `\\b${alt(
    "unacceptable inexcusable unforgivable unprofessional basic_(?:mistake|error) elementary_(?:mistake|error) no_excuse " +
      "(?:should|must)_(?:never|not)_have_happened shouldn['’]t_have_happened never_should_have_happened embarrassing " +
      "(?:must|should|can)_(?:never|not)_happen_again mustn['’]t_happen_again",
  )}\\b`,
  "gi",
);
// "p99 above 2 s is unacceptable under our SLO": a threshold, not a verdict on people.
const THRESHOLD_CONTEXT =
  /\b(?:slos?|slas?|slis?|latency|p\d{2,3}|error\s+rate|throughput|uptime|availability|threshold|budget|\d+(?:\.\d+)?\s*(?:ms|s|%|seconds?|minutes?))\b/i;

const bj04: RuleMatcher = {
  id: "BJ-04",
  match(context) {
    return collect(INDIGNATION, context.text, (match) =>
      match[0].toLowerCase().startsWith("un") ? !THRESHOLD_CONTEXT.test(context.text) : true,
    );
  },
};

const PACE = new RegExp(
  `\\b${alt(
    "hastily hurriedly carelessly blindly recklessly cavalierly overconfident(?:ly)? over-confident jumped_the_gun cowboy(?:ed|ing)? " +
      "in_(?:a_)?haste in_a_(?:rush|hurry) without_thinking cut(?:ting)?_corners",
  )}\\b`,
  "gi",
);
const RUSHED = new RegExp(
  `\\brush(?:ed|ing)(?=\\s+(?:through\\s+)?(?:the|a|an|their|his|her|our|this|that)\\b)` +
    `|\\brushed\\s+(?:${alt("deploy deployment change review migration fix rollout release decision job cut-over cutover upgrade")})\\b` +
    `|\\b(?:was|were|been|felt)\\s+(?:${ADVERB}\\s+)*rushed\\b`,
  "gi",
);

// "a rushed review" judges the work whoever did it; "rushed the …" needs a person as subject.
const ATTRIBUTIVE_RUSHED = /^rushed\s+\w/i;
const PASSIVE_RUSHED = /^(?:was|were|been|felt)\s/i;

const bj05: RuleMatcher = {
  id: "BJ-05",
  match(context) {
    const { text } = context;
    return [
      ...collect(PACE, text, (match) => {
        const subject = context.subject(match.index);
        if (match[0].toLowerCase().startsWith("over")) return subject !== "system";
        // "He pushed the revert hastily": the adverb trails the verb, so ask the clause.
        return (
          isHumanKind(subject) ||
          (subject !== "system" && isHumanKind(context.clauseSubject(match.index)))
        );
      }),
      ...collect(RUSHED, text, (match) => {
        if (ATTRIBUTIVE_RUSHED.test(match[0])) return true;
        const subject = context.subject(match.index);
        // "was rushed" hides the actor; "rushed the migration" needs a person doing it.
        return PASSIVE_RUSHED.test(match[0]) ? subject !== "system" : isHumanKind(subject);
      }),
    ];
  },
};

const SANCTION = new RegExp(
  `\\b${alt(
    "held_accountable hold_(?:\\w+_){0,3}accountable holding_(?:\\w+_){0,3}accountable disciplinary disciplined discipline_(?:the|him|her|them) " +
      "reprimand(?:ed|s)? written_warning formal_warning punish(?:ed|ment|ing)? sanction(?:ed|s)? performance_improvement_plan " +
      "face_(?:the_)?consequences there_will_be_consequences (?:was|were|be|get|got)_written_up",
  )}\\b`,
  "gi",
);
const FIRED =
  /\b(?:was|were|be|been|being|get|got|gets|getting)\s+(?:\w+\s+)?(?:fired|let\s+go|sacked|terminated)\b|\bfire\s+(?:him|her|them|the\s+(?:engineer|developer|operator|responder)s?)\b/gi;

const bj06: RuleMatcher = {
  id: "BJ-06",
  match(context) {
    const { text } = context;
    return [
      ...collect(SANCTION, text, () => true),
      ...collect(
        FIRED,
        text,
        (match) =>
          isHumanKind(context.subject(match.index)) || match[0].toLowerCase().startsWith("fire "),
      ),
    ];
  },
};

// "Why didn't you…" / "Why did the reviewer…": a why-question about a person. "Why did the
// cache expire?" asks about mechanism and stays unflagged.
const WHY_AUXILIARY =
  /^why\s+(?:didn['’]t|did\s+not|wasn['’]t|weren['’]t|hadn['’]t|haven['’]t|hasn['’]t|isn['’]t|aren['’]t|did|would|was|were)\s+/i;
const WHY_NEGATED = /n['’]t\s+$|\bnot\s+$/i;
const WHO_DID = new RegExp(
  `^(?:whose\\s+(?:fault|mistake|idea|call|change)\\b|who\\s+(?:${alt(
    "approved pushed broke merged deployed caused missed forgot wrote let allowed dropped signed_off rubber-stamped shipped " +
      "did_this made_(?:this|that|the)_(?:change|call|mistake|decision) messed_up screwed_up is_responsible was_responsible " +
      "is_to_blame was_to_blame ignored skipped decided ok['’]?d okayed greenlit",
  )})\\b)`,
  "i",
);

const bj07: RuleMatcher = {
  id: "BJ-07",
  questions: "only",
  match(context) {
    const text = context.text;
    const who = WHO_DID.exec(text);
    if (who) return [{ start: 0, end: who[0].length }];
    const why = WHY_AUXILIARY.exec(text);
    if (!why) return [];
    const subject = context.subjectAfter(why[0].length);
    const isNegated = WHY_NEGATED.test(why[0]);
    // Negated why-questions accuse even without a named person ("Why wasn't this caught?").
    const accuses = isHumanKind(subject) || (isNegated && subject !== "system");
    return accuses ? [{ start: 0, end: why[0].length + wordLength(text, why[0].length) }] : [];
  },
};

const NEXT_WORD = /^[\w'’-]+/;

function wordLength(text: string, from: number): number {
  return NEXT_WORD.exec(text.slice(from))?.[0].length ?? 0;
}

export const BLAME_RULES: readonly RuleMatcher[] = [bj01, bj02, bj03, bj04, bj05, bj06, bj07];
