// Human error as a cause (HE-01…HE-07): labels that end the inquiry at a person (Dekker),
// plus remedies that target people (training, vigilance). Person-dependent rules check the
// subject so "the parser mistakenly treats tabs…" stays unflagged.
import { ADVERB, alt, collect, isHumanKind, type RuleMatcher } from "./shared";

const HUMAN_ERROR = new RegExp(
  `\\b${alt("human operator user pilot manual personnel people engineer admin administrator")}[\\s-]+errors?\\b` +
    "|\\bpebkac\\b|\\bpebcak\\b|\\bid-?10-?t\\b|\\blayer[\\s-]?8\\b",
  "gi",
);
// Negated or meta use argues against the label: "this was not human error".
const META_BEFORE =
  /\b(?:not|no|isn['’]t|wasn['’]t|never|beyond|rather\s+than|instead\s+of|than|without|avoid|call(?:ed|ing)?|so-called|term|phrase|label(?:led|ed)?|word|blaming|citing)\s+(?:a\s+|an\s+|the\s+|just\s+|simply\s+|merely\s+|it\s+on\s+|on\s+)?$/i;
// "Human error is a label, not an explanation": a statement about the term.
const META_AFTER =
  /^\s+(?:is|was|are)\s+(?:(?:not|never|rarely|only|just|merely)\b|an?\s+(?:label|symptom|starting\s+point|myth|attribution|judgment|judgement|verdict|placeholder))/i;
// "user error rate", "operator error log": metrics and logs, not attributions.
const TECHNICAL_AFTER =
  /^\s*(?:rates?|codes?|counts?|logs?|messages?|pages?|responses?|budgets?|metrics?|handling|handler|category|field|type|status|s\s+(?:rate|count))\b|^\s*\(?\s*(?:4\d\d|5\d\d|http)\b/i;

const he01: RuleMatcher = {
  id: "HE-01",
  match(context) {
    const { text } = context;
    return collect(HUMAN_ERROR, text, (match) => {
      const end = match.index + match[0].length;
      const after = text.slice(end, end + 40);
      return (
        !META_BEFORE.test(text.slice(0, match.index)) &&
        !TECHNICAL_AFTER.test(after) &&
        !META_AFTER.test(after)
      );
    });
  },
};

const MADE_A_SLIP = new RegExp(
  `\\b(?:made|makes|make|making)\\s+(?:a|an|another|the\\s+same|one|several|two|some|multiple)?\\s*(?:${alt(
    "simple small careless silly basic critical costly honest minor major typing manual",
  )}\\s+)?${alt("mistakes? typos? slips? errors? blunders? mess")}\\b`,
  "gi",
);
const FAT_FINGER =
  /\bfat[\s-]?finger(?:ed|ing|s)?\b(?!\s+(?:protection|check|guard|prevention|safeguard|confirmation|proof))/gi;
const TRAILING_ADVERBIAL = /^(?:by|in)\s/i;
const ACCIDENTALLY = new RegExp(
  `\\b${alt("mistakenly accidentally inadvertently unintentionally unknowingly erroneously accidently")}\\s+(?:${ADVERB}\\s+)*[a-z]+` +
    `|\\b(?:by\\s+(?:mistake|accident)|in\\s+error|slipped\\s+up)\\b`,
  "gi",
);

const he02: RuleMatcher = {
  id: "HE-02",
  match(context) {
    const { text } = context;
    return [
      ...collect(MADE_A_SLIP, text, (match) => context.subject(match.index) !== "system"),
      ...collect(FAT_FINGER, text, () => true),
      // Passive "was accidentally deleted" names nobody; only a person subject counts.
      ...collect(ACCIDENTALLY, text, (match) =>
        // "…by mistake" trails the clause: its actor is the sentence's opening noun phrase.
        isHumanKind(
          TRAILING_ADVERBIAL.test(match[0])
            ? context.subjectAfter(0)
            : context.subject(match.index),
        ),
      ),
    ];
  },
};

const CAUSED_BY_PERSON = new RegExp(
  `\\b(?:caused|triggered\\s+off|brought\\s+about|the\\s+fault)\\s+(?:by|of)\\s+|\\bdue\\s+to\\s+|\\bbecause\\s+of\\s+|\\bblame\\s+(?:lies\\s+with|on)\\s+`,
  "gi",
);
const PERSON_ACTION = new RegExp(
  `(?<!-)\\b(?:broke|caused|crashed|nuked|wiped\\s+out|blew\\s+away)\\b(?!\\s+(?:down|into|up|out|through|ground|even|the\\s+news|the\\s+silence|the\\s+tie|it\\s+down|them\\s+down))` +
    `|\\b(?:took|brought)\\s+down\\s+(?:the\\s+|our\\s+|all\\s+)?(?:${alt("site service services cluster prod production database db api fleet network website app region platform checkout payments everything it edge")})\\b` +
    `|\\b(?:was|is|were|are)\\s+(?:${alt("to_blame at_fault responsible_for_the_(?:outage|incident|failure|breakage)")})\\b`,
  "gi",
);
const PARTICLE_AFTER_OBJECT = /^\s+(?:[\w'’-]+\s+){0,4}?(?:into|apart|down)\b/i;
const FAULT = /\b(?:([A-Za-z][\w-]*)['’]s|my|his|her|their|our|your)\s+fault\b/gi;
const AGENT_PHRASE = /^(?:the\s+|an?\s+|our\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)/;

const he03: RuleMatcher = {
  id: "HE-03",
  match(context) {
    const { text } = context;
    // In a timeline, a bare name records who acted; it is not an attribution.
    const namesCount = context.section !== "timeline";
    const counts = (kind: string) => kind === "person" || (namesCount && kind === "name");
    const byAgent = collect(CAUSED_BY_PERSON, text, (match) => {
      const end = match.index + match[0].length;
      const agent = AGENT_PHRASE.exec(text.slice(end, end + 40));
      if (!agent) return false;
      return counts(context.phraseAt(end))
        ? { start: match.index, end: end + agent[0].length }
        : false;
    });
    const byActor = collect(PERSON_ACTION, text, (match) => {
      const end = match.index + match[0].length;
      // "broke the problem into workstreams" divides work; it does not damage anything.
      if (PARTICLE_AFTER_OBJECT.test(text.slice(end, end + 48))) return false;
      return counts(context.subject(match.index));
    });
    const fault = collect(FAULT, text, (match) => {
      const owner = match[1];
      return owner === undefined || counts(context.phraseAt(match.index));
    });
    return [...byAgent, ...byActor, ...fault];
  },
};

const FOLK_LABELS = new RegExp(
  `\\b${alt(
    "complacen(?:t|cy|ce) inattent(?:ion|ive) distracted lapses?_(?:of|in)_(?:attention|concentration|focus|vigilance) " +
      "(?:lost|losing|loss_of|lack_of|lacked)_(?:focus|concentration|track_of_(?:the|time|what))_? " +
      "(?:lost|losing|lose|loss_of|lack_of|lacked|poor|reduced)_situational_awareness " +
      "(?:forgot|forgets)_(?:to|about|that) lack_of_(?:attention|focus|vigilance|diligence|discipline) " +
      "(?:wasn['’]t|weren['’]t|not|didn['’]t|did_not)_pay(?:ing)?_(?:enough_)?attention",
  )}`,
  "gi",
);

const he04: RuleMatcher = {
  id: "HE-04",
  match(context) {
    // "The client forgot to send the header" is anthropomorphised software, not a person.
    return collect(FOLK_LABELS, context.text, (match) => context.subject(match.index) !== "system");
  },
};

const PROCEDURE = alt(
  "procedures? process(?:es)? runbooks? playbooks? checklists? polic(?:y|ies) protocols? guidelines? " +
    "instructions? steps? rules? standards? sops? best_practices? requirements? documentation docs plan " +
    "change_management policy",
);
const DEVIATED = new RegExp(
  `\\b(?:(?:did\\s+not|didn['’]t|never|failed\\s+to)\\s+(?:${ADVERB}\\s+)*(?:follow|adhere\\s+to|comply\\s+with|stick\\s+to|use)` +
    `|${alt("violated deviated_from disregarded ignored circumvented bypassed skipped went_around sidestepped broke")})` +
    `\\s+(?:[\\w'’-]+\\s+){0,4}?${PROCEDURE}\\b`,
  "gi",
);

const he05: RuleMatcher = {
  id: "HE-05",
  match(context) {
    return collect(DEVIATED, context.text, (match) => isHumanKind(context.subject(match.index)));
  },
};

export const HUMAN_ERROR_RULES: readonly RuleMatcher[] = [he01, he02, he03, he04, he05];
