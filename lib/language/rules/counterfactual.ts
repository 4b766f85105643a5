// Counterfactual rules (CF-01…CF-10): wording that describes what did not happen
// (Dekker ch. 5) instead of what did. Modal perfects are matched morphologically (modal +
// have + participle) and gated by subject: systems "should have completed" is an
// expectation, people "should have checked" is a judgment.
import { isParticiple } from "../lexicon";
import {
  ADVERB,
  DEADLINE,
  HAVE,
  NEGATION,
  alt,
  collect,
  isHumanKind,
  type RuleMatcher,
} from "./shared";

const MODAL_PERFECT = (modals: string) =>
  new RegExp(
    `\\b(${modals})((?:\\s+${ADVERB})*)${HAVE}\\s+((?:${ADVERB}\\s+)*)(?:(been)\\s+(?:${ADVERB}\\s+)*)?([A-Za-z][A-Za-z-]*)`,
    "gi",
  );

const SHOULD_PERFECT = MODAL_PERFECT("should(?:n['’]t)?|ought(?:n['’]t)?\\s+to");
const COULD_PERFECT = MODAL_PERFECT("could(?:n['’]t)?|might(?:n['’]t)?");
const WOULD_PERFECT = MODAL_PERFECT("would(?:n['’]t)?|(?<=\\w)['’]d");

// Events nobody performs: "should never have happened" is indignation (BJ-04), not a
// judgment of a missed action.
const NON_AGENTIVE = new Set(["happened", "occurred", "existed", "arisen", "been", "come", "gone"]);
const PREVENTION = new Set(
  (
    "caught prevented noticed avoided spotted detected stopped seen found flagged mitigated averted " +
    "saved identified recognised recognized realised realized contained blocked warned alerted " +
    "limited reduced shortened headed revealed surfaced exposed highlighted uncovered shown"
  ).split(" "),
);
const CHECKING = new Set(
  "checked verified looked read tested asked escalated paged waited reviewed confirmed validated investigated".split(
    " ",
  ),
);
const FORESIGHT = new Set(
  "known anticipated foreseen predicted realised realized expected guessed suspected understood".split(
    " ",
  ),
);
const WISHES = new Set(
  "liked loved preferred wanted hoped appreciated enjoyed welcomed".split(" "),
);
const BELIEF =
  /\b(?:believed?|believing|expected|expecting|assumed|assuming|thought|thinking|estimated|predicted|hoped|figured|reckoned|calculated|projected|guessed|supposed|promised|intended|planned|designed|confident|sure|told|said|claimed|according\s+to)\b/i;
// Sourced projections and replays are evidence, not alternate worlds: "…according to the
// report", "…would have fired at 13:40 in a replay of the incident data".
const ATTRIBUTED_AFTER =
  /\b(?:according\s+to|based\s+on|per\s+the|as\s+(?:planned|scheduled|projected|estimated)|in\s+(?:a|the)\s+(?:replay|simulation|backtest|dry[\s-]run|game\s?day|load\s+test))\b/i;
const NEGATIVE_SUBJECT = /\b(?:nobody|no\s+one|none\s+of\s+(?:us|them)|nothing)\s*$/i;

const AUTOMATIC_AFTER = /^\s+(?:automatically|on\s+its\s+own|by\s+itself)\b/i;

const FORWARD_LOOKING =
  /\b(?:going\s+forward|moving\s+forward|in\s+(?:the\s+)?future|from\s+now\s+on)\b/i;
const ADJECTIVAL = new Set(
  (
    "dedicated limited automated restricted elevated shared separated documented detailed reserved protected " +
    "guaranteed isolated defined named assigned scheduled structured labelled labeled versioned"
  ).split(" "),
);
const DETERMINER_AFTER =
  /^\s+(?:the|a|an|this|that|these|those|their|our|its|his|her|my|your|it|them|him|us|any|every|each)\b/i;

const cf01: RuleMatcher = {
  id: "CF-01",
  match(context) {
    return collect(SHOULD_PERFECT, context.text, (match) => {
      const passive = match[4] !== undefined;
      const verb = (match[5] ?? "").toLowerCase();
      if (!isParticiple(verb) || NON_AGENTIVE.has(verb) || FORESIGHT.has(verb)) return false;
      if (context.section === "action_item" && DEADLINE.test(context.text)) return false;
      if (FORWARD_LOOKING.test(context.text)) return false;
      const end = match.index + match[0].length;
      // "Engineers should have dedicated focus time": an adjective before a bare noun states a
      // requirement; "should have limited the blast radius" (with a determiner) is a judgment.
      if (!passive && ADJECTIVAL.has(verb) && !DETERMINER_AFTER.test(context.text.slice(end)))
        return false;
      const subject = context.subject(match.index);
      // Active voice with a thing as subject states an expectation ("the job should have
      // completed"); a passive hides who "should have" acted, so it stays a judgment.
      if (!passive && subject !== "none" && !isHumanKind(subject)) return false;
      // "…should have been promoted automatically" / "by the controller": an expectation of software.
      if (passive && AUTOMATIC_AFTER.test(context.text.slice(end))) return false;
      const agent = passive ? context.agentAfter(end) : undefined;
      return agent === undefined || isHumanKind(agent) || agent === "other";
    });
  },
};

const cf02: RuleMatcher = {
  id: "CF-02",
  match(context) {
    return collect(COULD_PERFECT, context.text, (match) => {
      const modalPart = `${match[1] ?? ""}${match[2] ?? ""} ${match[3] ?? ""}`;
      // "Nobody could have caught this" is the blameless reading; negation excuses.
      if (NEGATION.test(modalPart)) return false;
      if (NEGATIVE_SUBJECT.test(context.text.slice(0, match.index))) return false;
      const verb = (match[5] ?? "").toLowerCase();
      // "…could have been caught by either handler": uncertainty about software, not a missed step.
      const agent =
        match[4] === undefined ? undefined : context.agentAfter(match.index + match[0].length);
      if (agent !== undefined && !isHumanKind(agent)) return false;
      if (PREVENTION.has(verb)) return true;
      return CHECKING.has(verb) && isHumanKind(context.subject(match.index));
    });
  },
};

const cf03: RuleMatcher = {
  id: "CF-03",
  skipSections: ["lucky"],
  match(context) {
    return collect(WOULD_PERFECT, context.text, (match) => {
      const verb = (match[5] ?? "").toLowerCase();
      const passive = match[4] !== undefined;
      if (!passive && (!isParticiple(verb) || WISHES.has(verb))) return false;
      if (FORESIGHT.has(verb) && !passive) return false; // CF-09 covers "would have known".
      // "Alice believed the failover would have completed": a report of an expectation.
      if (BELIEF.test(context.text.slice(0, match.index))) return false;
      // "…would have expired on Sunday according to the report": a sourced projection.
      return !ATTRIBUTED_AFTER.test(context.text.slice(match.index));
    });
  },
};

const QUANTIFIER = alt(
  "one two three four five six seven eight nine ten a_few a_couple a_single a_handful a_small " +
    "a_fraction a_subset a_minority a_portion a_part few some several half part partial the_first " +
    "the_last a_tiny a_percentage \\d+",
);
const IF_ONLY = new RegExp(`\\bif\\s+only\\b(?!\\s+${QUANTIFIER}\\b)[^,;:.]*`, "gi");
const PAST_MARKER =
  /\b(?:had|hadn['’]t|were|was|did|didn['’]t|could|would|knew|[a-z]+ed)\b|['’]d\b/i;

const cf04: RuleMatcher = {
  id: "CF-04",
  match(context) {
    // A wish is in the past ("if only they had read"); "if only one replica is healthy"
    // restricts a present-tense condition.
    return collect(IF_ONLY, context.text, (match) => PAST_MARKER.test(match[0].slice(7)));
  },
};

const IF_HAD = new RegExp(
  `\\b(?:even\\s+)?if\\s+(?!only\\b)[^;:.?!]*?(?:\\bhad(?:n['’]t)?|['’]d)\\s+(?:${ADVERB}\\s+)*(?:been\\s+)?([A-Za-z][A-Za-z-]*)`,
  "gi",
);
const MODAL_HAVE = new RegExp(
  `\\b(?:would|could|might)(?:n['’]t)?(?:\\s+${ADVERB})*${HAVE}\\b|['’]d\\s+have\\b`,
  "gi",
);

// Mixed conditional: "if X had skipped…, the table would still exist".
const MODAL_PRESENT =
  /\b(?:would|could|might)(?:n['’]t)?(?:\s+(?:still|not|never|now|also))*\s+[a-z]+/gi;

function findModalPresent(text: string, from: number): { start: number; end: number } | null {
  MODAL_PRESENT.lastIndex = from;
  const match = MODAL_PRESENT.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

const WHITESPACE = /\s+/;
const TRAILING_PUNCTUATION = /[,;:]+$/;
const FOLLOWING_VERB = /\s+(?:been\s+)?[A-Za-z][A-Za-z-]*/y;

function findModalHave(
  text: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  MODAL_HAVE.lastIndex = from;
  const match = MODAL_HAVE.exec(text);
  if (!match || match.index >= to) return null;
  // Extend over the participle so the underline covers "would have been avoided".
  const end = match.index + match[0].length;
  FOLLOWING_VERB.lastIndex = end;
  const verb = FOLLOWING_VERB.exec(text);
  return { start: match.index, end: verb ? end + verb[0].length : end };
}

const cf05: RuleMatcher = {
  id: "CF-05",
  skipSections: ["lucky"],
  match(context) {
    const { text } = context;
    return collect(IF_HAD, text, (match) => {
      if (!isParticiple(match[1] ?? "")) return false;
      const end = match.index + match[0].length;
      // The main clause must be a modal perfect: "…, the proxy returned a 503" is history.
      const after = findModalHave(text, end, text.length) ?? findModalPresent(text, end);
      if (after) return { start: match.index, end: after.end };
      const before = findModalHave(text, 0, match.index);
      return before ? { start: before.start, end } : false;
    });
  },
};

const HAD_INVERTED_START = /^(?:but\s+|and\s+)?had\s+(?!to\b)/i;
const HAD_INVERTED_TAIL =
  /\bhad\s+(?:the|a|an|our|their|we|they|he|she|i|you|someone|anyone|somebody|anybody|there|[A-Z][a-z]+)\b(?:\s+[\w'’-]+){0,4}?\s+(?:not\s+|never\s+)?(?:been\s+)?([a-z]+ed|[a-z]+en)\b/g;

const cf06: RuleMatcher = {
  id: "CF-06",
  skipSections: ["lucky"],
  match(context) {
    const { text } = context;
    const spans = collect(HAD_INVERTED_START, text, (match) => {
      const modal = findModalHave(text, match.index + match[0].length, text.length);
      if (!modal) return false;
      // "Had the operator checked…" needs a participle after the subject; "Had a sync with
      // the team, …" is a fragment about possession.
      const words = text
        .slice(match.index + match[0].length, modal.start)
        .split(WHITESPACE)
        .slice(1);
      const hasVerb = words.some(
        (word) =>
          isParticiple(word.replace(TRAILING_PUNCTUATION, "")) || word.toLowerCase() === "been",
      );
      // One underline for the whole conditional, like CF-05.
      return hasVerb ? { start: match.index, end: modal.end } : false;
    });
    if (spans.length > 0) return spans;
    // "…would have been scoped had the operator checked the flag."
    return collect(
      HAD_INVERTED_TAIL,
      text,
      (match) => match.index > 0 && findModalHave(text, 0, match.index) !== null,
    );
  },
};

const FAILED_TO =
  /\b(?:fail(?:ed|s|ing)?|neglect(?:ed|s|ing)?|omitted)\s+to\s+[a-z]+(?:\s+up\b)?/gi;
// "The engineer's failure to escalate": the possessive before the noun is the actor.
const FAILURE_TO = /\bfailure\s+to\s+[a-z]+/gi;

const COMPLIANCE = /\s(?:follow|comply|adhere)$/i;

const HYPOTHETICAL = /\b(?:if|unless)\b[^,;]*$/i;

const cf07: RuleMatcher = {
  id: "CF-07",
  match(context) {
    const byPerson = (match: RegExpExecArray) => isHumanKind(context.subject(match.index));
    return [
      // "failed to follow/comply with the runbook" is micro-matching, reported by HE-05.
      ...collect(
        FAILED_TO,
        context.text,
        (match) =>
          !COMPLIANCE.test(match[0]) &&
          !HYPOTHETICAL.test(context.text.slice(0, match.index)) &&
          byPerson(match),
      ),
      ...collect(FAILURE_TO, context.text, byPerson),
    ];
  },
};

export const MODAL_COUNTERFACTUAL_RULES: readonly RuleMatcher[] = [
  cf01,
  cf02,
  cf03,
  cf04,
  cf05,
  cf06,
  cf07,
];
