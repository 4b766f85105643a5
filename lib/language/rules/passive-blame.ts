// Passive, agentless blame (PB-01…PB-04): "the runbook was not followed", "the process was
// bypassed", "the page went unacknowledged", "mistakes were made". The passive hides who
// and why; mechanical passives ("the symlink was not followed by rsync", "the cache was
// bypassed, as configured") are recognised by their subject, their agent or a design note.
import {
  ADVERB,
  alt,
  collect,
  isHumanKind,
  type RuleContext,
  type RuleMatcher,
  type Span,
} from "./shared";

const BE = `(?:was|were|is|are|had\\s+been|has\\s+been|have\\s+been|got|been|being|remained|went)`;
// What happened in the incident is told in the past; "X is not tested" states a condition
// (a contributing factor), not a hidden accusation.
const PAST_BE_NOT = `(?:(?:was|were|had\\s+been|got|went)\\s+(?:not|never)|wasn['’]t|weren['’]t|hadn['’]t\\s+been)`;
const INTENDED =
  /\b(?:by\s+design|as\s+designed|as\s+configured|as\s+intended|as\s+expected|as\s+planned|as\s+scheduled|as\s+documented|per\s+the\s+plan|intentionally|deliberately|on\s+purpose)\b/i;
const CONDITIONAL_BEFORE = /\b(?:if|unless|whenever|when|until)\b[^,;]*$/i;

/** Shared gate: drop mechanical passives (system agent, intended behaviour, conditions). */
function isAccusing(context: RuleContext, match: RegExpExecArray): boolean {
  if (INTENDED.test(context.text)) return false;
  if (CONDITIONAL_BEFORE.test(context.text.slice(0, match.index))) return false;
  const agent = context.agentAfter(match.index + match[0].length);
  return agent === undefined || isHumanKind(agent);
}

const NOT_DONE = new RegExp(
  `\\b${PAST_BE_NOT}\\s+(?:${ADVERB}\\s+)*(${alt(
    // Duties people perform; "completed", "applied" or "run" describe software as often as people.
    "followed checked tested reviewed escalated verified validated monitored read communicated documented updated " +
      "consulted approved noticed double-checked acknowledged reported investigated considered followed_up " +
      "patched rotated renewed rehearsed practised practiced dry-run proofread peer-reviewed signed_off",
  )})\\b`,
  "gi",
);
// Links, redirects and pointers are "followed" by software.
const LINK_SUBJECT =
  /\b(?:(?:sym)?links?|redirects?|pointers?|references?|paths?|urls?|hrefs?|chains?)\b/i;

const PROCESS = alt(
  "process(?:es)? procedures? runbooks? playbooks? checklists? polic(?:y|ies) protocols? reviews? approvals? " +
    "guidelines? rules? standards? steps? gates? sops? requirements? controls? best_practices? sign-offs?",
);
// A procedure "was not completed/done/run": the unfinished duty is the accusation.
const PROCEDURE_NOT_DONE = new RegExp(
  `\\b${PROCESS}\\s+${PAST_BE_NOT}\\s+(?:${ADVERB}\\s+)*${alt("completed done performed executed run applied carried_out finished")}\\b`,
  "gi",
);

const pb01: RuleMatcher = {
  id: "PB-01",
  match(context) {
    const notDone = collect(NOT_DONE, context.text, (match) => {
      if (!isAccusing(context, match)) return false;
      const verb = (match[1] ?? "").toLowerCase();
      return !(verb === "followed" && LINK_SUBJECT.test(context.text.slice(0, match.index)));
    });
    const unfinished = collect(PROCEDURE_NOT_DONE, context.text, (match) =>
      isAccusing(context, match),
    );
    return [...notDone, ...unfinished];
  },
};

const BYPASSED = new RegExp(
  `\\b${PROCESS}\\s+${BE}\\s+(?:${ADVERB}\\s+)*${alt(
    "bypassed violated ignored skipped circumvented disregarded overridden sidestepped short-circuited worked_around side-stepped",
  )}\\b`,
  "gi",
);

const pb02: RuleMatcher = {
  id: "PB-02",
  match(context) {
    return collect(BYPASSED, context.text, (match) => isAccusing(context, match));
  },
};

const SIGNAL = alt(
  "alerts? alarms? pages? warnings? notifications? escalations? tickets? emails? messages? pings? calls? signals?",
);
const UNHEEDED = new RegExp(
  `\\b${SIGNAL}\\s+(?:(?:from|about|for|on|in)\\s+(?:[\\w'’-]+\\s+){1,3}?)?(?:${BE}|sat|were\\s+left|was\\s+left)\\s+(?:${ADVERB}\\s+)*` +
    `(?:${alt(
      "missed overlooked ignored dismissed unnoticed unacknowledged unanswered unaddressed unheeded disregarded silenced snoozed " +
        "not_acknowledged not_acted_(?:on|upon) not_actioned not_noticed",
    )})\\b`,
  "gi",
);

const pb03: RuleMatcher = {
  id: "PB-03",
  match(context) {
    return collect(UNHEEDED, context.text, (match) => isAccusing(context, match));
  },
};

const MISTAKES_MADE = new RegExp(
  `\\b(?:${alt("mistakes? errors? misjudg(?:e)?ments? blunders? slips? oversights? lapses? bad_calls? poor_decisions? wrong_decisions? misteps? missteps?")})` +
    `\\s+(?:${BE})\\s+(?:${ADVERB}\\s+)*made\\b(?!\\s+(?:visible|available|public|explicit|clear|obvious|louder|easier|harder|more|less|worse|better|to|into|searchable|idempotent|retryable|non-fatal|fatal|optional)\\b)|\\bthere\\s+(?:was|were)\\s+(?:an?\\s+|some\\s+|several\\s+)?(?:oversights?|mistakes?)\\b`,
  "gi",
);

const pb04: RuleMatcher = {
  id: "PB-04",
  match(context): Span[] {
    return collect(MISTAKES_MADE, context.text, () => true);
  },
};

export const PASSIVE_BLAME_RULES: readonly RuleMatcher[] = [pb01, pb02, pb03, pb04];
