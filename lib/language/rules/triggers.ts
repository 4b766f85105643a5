// Trigger words per rule: a rule only runs on sentences containing at least one of them.
// Most sentences of a review contain none of a rule's words, so this skips most regex work
// (the analyzer runs on every keystroke). Tokens are lowercase letter runs, so contractions
// split ("shouldn't" → "shouldn", "t") and so do hyphenated words ("on-call" → "on", "call").
// Every rule's regex must contain at least one of its triggers; the unit tests pin this.

const TRIGGERS: Record<string, string> = {
  "CF-01": "should shouldn ought oughtn",
  "CF-02": "could couldn might mightn",
  "CF-03": "would wouldn d",
  "CF-04": "if",
  "CF-05": "if",
  "CF-06": "had",
  "CF-07": "fail failed fails failing failure neglect neglected neglects neglecting omitted",
  "CF-08": "did didn never",
  "CF-09": "should shouldn could couldn must would wouldn ought",
  "CF-10":
    "instead rather correct right proper appropriate better best obvious sensible safer safe smarter wiser",
  "HE-01": "error errors pebkac pebcak layer id t",
  "HE-02":
    "made makes make making fat fatfinger fatfingered fatfingering fatfingers mistakenly accidentally " +
    "inadvertently unintentionally unknowingly erroneously accidently mistake accident error slipped",
  "HE-03":
    "caused triggered brought fault due thanks because blame broke crashed nuked wiped blew took responsible",
  "HE-04":
    "complacent complacency complacence inattention inattentive distracted lapse lapses situational " +
    "attention focus concentration track forgot forgets vigilance diligence discipline",
  "HE-05":
    "follow adhere comply stick use violated deviated disregarded ignored circumvented bypassed skipped went " +
    "sidestepped broke",
  "HE-06":
    "training trained train trains retrain retrained retraining retrains re educate educated educating " +
    "educates reeducate reeducated coach coached coaching coaches upskill upskilled upskilling upskills " +
    "drill drilled drilling drills untrained undertrained knowledge skill skills education onboarding experience",
  "HE-07":
    "careful vigilant cautious attentive mindful diligent thorough attention vigilance caution diligence " +
    "detail remind reminds reminded reminding remember double triple care twice alert focused aware",
  "BJ-01":
    "careless carelessness negligent negligence negligently sloppy sloppiness sloppily incompetent " +
    "incompetence incompetently reckless recklessness irresponsible irresponsibly inept ineptitude rookie " +
    "amateur amateurish dumb stupid idiotic boneheaded thoughtless thoughtlessly clueless lazy laziness lazily",
  "BJ-02":
    "botch botched botches botching bungle bungled bungling fumble fumbled fumbling goofed dropped drop " +
    "dropping screwed messed fucked cocked mucked screw mess f blew butchered",
  "BJ-03":
    "poor bad wrong questionable terrible ill misguided flawed lapse lapses error errors known improper " +
    "improperly inappropriate inappropriately unreasonable unreasonably unwise unwisely wrongly incorrectly",
  "BJ-04":
    "unacceptable inexcusable unforgivable unprofessional basic elementary excuse happened embarrassing happen",
  "BJ-05":
    "hastily hurriedly carelessly blindly recklessly cavalierly overconfident overconfidently over jumped " +
    "cowboy cowboyed cowboying rushed rushing haste hurry rush thinking corners cutting cut shortcut shortcuts",
  "BJ-06":
    "accountable disciplinary disciplined discipline reprimand reprimanded reprimands warning punish punished punishment " +
    "punishing sanction sanctioned sanctions improvement fired sacked terminated fire go consequences written",
  "BJ-07": "why who whose",
  "HM-01": "obviously clearly course evidently naturally plainly patently needless obvious",
  "HM-02": "just simply merely only all matter",
  "HM-03":
    "avoidable preventable avoided prevented detectable catchable spottable foreseeable trivial easy simple " +
    "obvious straightforward",
  "HM-04":
    "obvious clear apparent evident plain noticeable visible signs signals clues warning red writing symptoms " +
    "indicators flags hindsight retrospect looking",
  "HM-05": "knows know knew common well goes basic better",
  "HM-06": "ignored missed overlooked dismissed disregarded silenced snoozed muted acked slept",
  "RC-01": "root",
  "RC-02": "cause culprit reason caused due driven",
  "RC-03": "bad faulty wrong broken incorrect erroneous errant rogue buggy defective botched",
  "PB-01": "not never wasn weren isn aren hadn hasn haven",
  "PB-02":
    "bypassed violated ignored skipped circumvented disregarded overridden sidestepped short worked side",
  "PB-03":
    "missed overlooked ignored dismissed unnoticed unacknowledged unanswered unaddressed unheeded disregarded " +
    "silenced snoozed acknowledged acted actioned noticed",
  "PB-04": "made oversight oversights mistake mistakes",
};

export function triggersFor(ruleId: string): readonly string[] | undefined {
  return TRIGGERS[ruleId]?.split(" ");
}

const LETTERS = /[a-z]+/g;

/** Lowercase letter-run tokens of a sentence, for trigger lookup. */
export function sentenceTokens(text: string): Set<string> {
  return new Set(text.toLowerCase().match(LETTERS) ?? []);
}
