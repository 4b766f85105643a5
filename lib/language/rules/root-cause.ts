// Single-root-cause framing (RC-01…RC-03): "the root cause was", "the sole cause",
// outcome labels such as "a bad deploy" (Cook #3, #7, #10). Mentions of the term itself
// (a "root cause" field, a template) are not claims and stay unflagged.
import { alt, collect, type RuleMatcher } from "./shared";

const ROOT_CAUSE = /\broot[\s-]?caus(?:e[sd]?|ing)\b/gi;
const ROOT_CAUSE_META_BEFORE =
  /\b(?:no|not|the\s+term|the\s+phrase|the\s+word|called|so-called|any|single|one)\s+$|\b(?:than|of|about|replaced|removed|dropped|renamed)\s+(?:the\s+|a\s+)?$/i;
const ROOT_CAUSE_META_AFTER =
  /^\s*(?:analysis|analyses|field|section|template|heading|category|column|label|fallacy|thinking|framing|myth|meetings?|doc(?:ument)?s?|process|format)\b/i;

const VERB_FORM = /(?:caused|causing)$/i;
const CLAIM_AFTER =
  /^\s*(?::|[-–—]|(?:of\s+[^.;:]{1,60}?\s+)?(?:was|is|were|are|turned\s+out|lies|lay|appears|appeared|seems|seemed|has\s+been|had\s+been|remains|came\s+down)\b|to\s+be\b)/i;
const CLAIM_BEFORE =
  /(?:^|\b(?:was|is|were|are|as|identified|found|determined|pinpointed|established|confirmed|traced|named|blamed|call(?:ed)?)\s+(?:the|a|its|their|our|this)?\s*)$/i;

const rc01: RuleMatcher = {
  id: "RC-01",
  match(context) {
    const { text } = context;
    return collect(ROOT_CAUSE, text, (match) => {
      const end = match.index + match[0].length;
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      const after = text.slice(end, end + 60);
      if (ROOT_CAUSE_META_AFTER.test(after) || ROOT_CAUSE_META_BEFORE.test(before)) return false;
      // Only a claim is single-cause framing ("the root cause was…", "identified the root
      // cause: …", "root-caused to…"); "still looking for the root cause" is not.
      return (
        VERB_FORM.test(match[0]) ||
        CLAIM_AFTER.test(after) ||
        CLAIM_BEFORE.test(text.slice(0, match.index))
      );
    });
  },
};

const SOLE_CAUSE = new RegExp(
  `\\b(?:the\\s+|a\\s+|its\\s+)?(?:${alt("sole only single primary real true main ultimate actual one_and_only underlying fundamental")})\\s+(?:root\\s+)?(?:cause|culprit|reason\\s+for\\s+the\\s+(?:outage|incident|failure))\\b` +
    `(?!\\s*(?:codes?|fields?|columns?|values?|types?|enums?|attributes?|labels?|tags?|messages?|strings?|ids?)\\b)` +
    `|\\b(?:caused|due|driven)\\s+(?:entirely|solely|purely|exclusively|wholly|only)\\s+(?:by|to)\\b` +
    `|\\b${alt("entirely solely purely exclusively wholly 100%_")}\\s*(?:due\\s+to|caused\\s+by|because\\s+of|the\\s+result\\s+of|attributable\\s+to|down\\s+to)\\b`,
  "gi",
);

const DENIED_BEFORE =
  /\b(?:no|not|never|rarely|seldom|hardly|without|isn['’]t|wasn['’]t|there['’]s\s+no)\b(?:\s+[\w'’-]+){0,2}\s*$/i;

const RANKING_ADJECTIVE = /\b(?:primary|real|true|main|ultimate|actual|underlying|fundamental)\s/i;

const rc02: RuleMatcher = {
  id: "RC-02",
  match(context) {
    const { text } = context;
    return collect(SOLE_CAUSE, text, (match) => {
      // "There is rarely a single root cause" argues against the framing.
      if (DENIED_BEFORE.test(text.slice(0, match.index))) return false;
      // "sole/only/single" frame by themselves; "main/underlying cause" only in a claim
      // ("the underlying cause was…"), not in "determine the underlying cause".
      if (!RANKING_ADJECTIVE.test(match[0])) return true;
      const end = match.index + match[0].length;
      return (
        CLAIM_AFTER.test(text.slice(end, end + 60)) || CLAIM_BEFORE.test(text.slice(0, match.index))
      );
    });
  },
};

const OUTCOME_LABEL = new RegExp(
  `\\b${alt("bad faulty wrong broken incorrect erroneous errant rogue buggy defective botched")}\\s+` +
    `(?:${alt("config configuration change deploy deployment push command script commit release merge pr pull_request migration update rollout patch code")})\\b` +
    `(?!\\s+(?:files?|paths?|director(?:y|ies)|keys?|maps?|schemas?|formats?|parsers?|loaders?)\\b)`,
  "gi",
);

const rc03: RuleMatcher = {
  id: "RC-03",
  match(context) {
    return collect(OUTCOME_LABEL, context.text, () => true);
  },
};

export const ROOT_CAUSE_RULES: readonly RuleMatcher[] = [rc01, rc02, rc03];
