// Who is the subject of a verb? Blame rules only apply when a person does the thing: "the
// engineer failed to escalate" is a judgment, "the DNS record failed to resolve" is not.
// The subject is read from the clause before the verb: its head noun decides, with role
// nouns, pronouns and first names counting as people and system nouns as systems.
import { FIRST_NAMES, GLOSSARY, HUMAN_PRONOUNS, ROLE_NOUNS, SYSTEM_NOUNS } from "./lexicon";

/** person: pronoun or role noun; name: a first name; none: no subject (imperative, fragment). */
export type SubjectKind = "person" | "name" | "system" | "other" | "none";

export interface SubjectLexicon {
  allowWords: ReadonlySet<string>;
  people: ReadonlySet<string>;
}

const CLAUSE_BREAK =
  /[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|so|because|while|when|whenever|after|before|since|although|though|until|once|if|unless|then|where|whereas|that|which|as|or)\b/gi;
const TOKEN = /[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’-]*/g;
const POSSESSIVE = /['’]s?$/;
const POSSESSIVE_S = /['’]s$/;
const SKIPPABLE = new Set(
  (
    "then also still again never later first just already initially eventually subsequently " +
    "apparently not all both each immediately quickly soon finally really actually simply " +
    "themselves himself herself itself ever only even instead now reportedly " +
    "the a an our their its his her my your some any every another such"
  ).split(" "),
);
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TITLES = new Set(["dr", "mr", "mrs", "ms", "mx", "prof"]);
const NON_NAME_SUFFIX =
  /(?:ing|tion|sion|ment|ness|ity|ism|ics|ency|ancy|ure|age|ance|ence|ship|dom|ery|ogy|ware)$/;
const CAPITALISED = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+$/;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Classifies the subject of the verb that starts at `verbIndex` in `sentence`. */
export function subjectBefore(
  sentence: string,
  verbIndex: number,
  lexicon: SubjectLexicon,
): SubjectKind {
  const before = sentence.slice(0, verbIndex);
  let cut = 0;
  let breakStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(before); match; match = CLAUSE_BREAK.exec(before)) {
    cut = match.index + match[0].length;
    breakStart = match.index;
  }
  // At the start of a sentence every word is capitalised, so an unknown capitalised word
  // there ("Checkout failed to load") is not evidence of a name.
  const atSentenceStart = cut === 0 || before.slice(0, cut).trim() === "";
  const kind = classifyPhrase(tokenize(before.slice(cut)), lexicon, atSentenceStart);
  // "The engineer restarted the pod and failed to…": an elided subject is the one opening
  // the previous clause.
  if (kind === "none" && cut > 0)
    return subjectAfter(sentence, clauseStart(sentence, breakStart), lexicon);
  return kind;
}

/** Subject opening the clause that contains `index`: for adverbs after the verb ("pushed the revert hastily"). */
export function clauseSubject(
  sentence: string,
  index: number,
  lexicon: SubjectLexicon,
): SubjectKind {
  return subjectAfter(sentence, clauseStart(sentence, index), lexicon);
}

function clauseStart(sentence: string, end: number): number {
  const before = sentence.slice(0, end);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(before); match; match = CLAUSE_BREAK.exec(before)) {
    start = match.index + match[0].length;
  }
  return start;
}

/** Classifies a noun phrase given as tokens (used for subjects and for "by" agents). */
export function classifyPhrase(
  tokens: readonly string[],
  lexicon: SubjectLexicon,
  atSentenceStart = false,
): SubjectKind {
  const words = tokens.filter(
    (token) => !SKIPPABLE.has(token.toLowerCase()) && !token.endsWith("ly"),
  );
  if (words.length === 0) return "none";
  const lower = words.map((word) => word.toLowerCase());
  // A relative "who" only follows people: "the engineer who was on call".
  if (lower.includes("who")) return "person";
  const head = words[words.length - 1] ?? "";
  const standsAlone = words.length === 1 && tokens.length === 1 && !atSentenceStart;
  const headKind = classifyWord(head, standsAlone, lexicon);
  if (headKind !== "other") return headKind;
  // "Dr. Okafor", "Wanjiru Kamau": a short run of capitalised words with no determiner.
  const named = tokens.filter((token) => !TITLES.has(token.toLowerCase()));
  const untitled = words.filter((word) => !TITLES.has(word.toLowerCase()));
  if (named.length > 0 && named.length <= 3 && named.length === untitled.length) {
    const [first, ...rest] = named;
    // At a sentence start the first name must be a known one; after a title any will do.
    const firstIsName =
      classifyWord(first ?? "", !atSentenceStart || named.length < tokens.length, lexicon) ===
      "name";
    if (firstIsName && rest.every((word) => classifyWord(word, true, lexicon) === "name"))
      return "name";
  }
  // "The person on call": a role noun earlier in the phrase still names a person, unless it
  // is only a possessive ("the engineer's script").
  for (const word of words.slice(0, -1)) {
    if (POSSESSIVE.test(word)) continue;
    const kind = classifyWord(word, false, lexicon);
    if (kind === "person" || kind === "name") return kind;
  }
  return "other";
}

function classifyWord(word: string, standsAlone: boolean, lexicon: SubjectLexicon): SubjectKind {
  const bare = word.replace(POSSESSIVE, "");
  const lower = bare.toLowerCase();
  if (lexicon.allowWords.has(lower) || GLOSSARY.has(lower)) return "system";
  if (HUMAN_PRONOUNS.has(lower) || ROLE_NOUNS.has(lower)) return "person";
  if (SYSTEM_NOUNS.has(lower)) return "system";
  if (FIRST_NAMES.has(lower) || lexicon.people.has(lower)) return "name";
  // "Tomás", "Zoë": the list is unaccented.
  const plain = lower.normalize("NFD").replace(COMBINING_MARKS, "");
  if (plain !== lower && (FIRST_NAMES.has(plain) || lexicon.people.has(plain))) return "name";
  // An unknown capitalised word standing alone as the subject is most likely a name
  // ("Chidi restarted…"); plurals, abstract nouns and acronyms are not.
  if (
    standsAlone &&
    CAPITALISED.test(bare) &&
    !lower.endsWith("s") &&
    !NON_NAME_SUFFIX.test(lower)
  ) {
    return "name";
  }
  return "other";
}

// Words that end a noun phrase read forwards: prepositions, verbs, conjunctions.
const PHRASE_END = new Set(
  (
    "in on at during with when while after before for from to and or but which that who was were is are " +
    "because since as by into onto over under through about against without within of has had have " +
    "did does do will would could should might must can"
  ).split(" "),
);

/** Classifies the noun phrase that starts at `index` ("by Kevin's deploy", "to an engineer running…"). */
export function phraseAt(text: string, index: number, lexicon: SubjectLexicon): SubjectKind {
  const window = text.slice(index, index + 60);
  const stop = PHRASE_PUNCTUATION.exec(window);
  const tokens = tokenize(stop ? window.slice(0, stop.index) : window);
  const phrase: string[] = [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (PHRASE_END.has(lower) || (phrase.length > 0 && lower.endsWith("ing"))) break;
    phrase.push(token);
    if (phrase.length === 4) break;
  }
  // The possessor is the actor: "Kevin's deploy" attributes the deploy to Kevin.
  for (const word of phrase) {
    if (!POSSESSIVE_S.test(word)) continue;
    // A capitalised possessor outside the glossary is taken as a person ("Okafor's deploy").
    const kind = classifyWord(word, true, lexicon);
    if (kind === "person" || kind === "name") return kind;
  }
  // Mid-sentence capitalised words after "due to"/"caused by" are as often products
  // ("due to Acorn") as people, so only known names, roles and possessors count here.
  const kind = classifyPhrase(phrase, lexicon, true);
  return kind;
}

const DETERMINERS = new Set(
  "the a an this that these those our their his her my your its any some every".split(" "),
);

/** Subject of an inverted question ("why did [the reviewer] merge…"): the first content words after `index`. */
export function subjectAfter(text: string, index: number, lexicon: SubjectLexicon): SubjectKind {
  const tokens = tokenize(text.slice(index, index + 60));
  const first = tokens[0];
  if (first !== undefined && HUMAN_PRONOUNS.has(first.toLowerCase())) return "person";
  const words = tokens.filter((token) => !DETERMINERS.has(token.toLowerCase())).slice(0, 3);
  let fallback: SubjectKind = "other";
  for (const word of words) {
    const kind = classifyWord(word, false, lexicon);
    if (kind === "person" || kind === "name") return kind;
    if (kind === "system" && fallback === "other") fallback = "system";
  }
  return fallback;
}

const PHRASE_PUNCTUATION = /[,;:.()!?]/;

const AGENT = /^[^,;.]*?\bby\s+(?!\w+ing\b)/i;

/** Kind of the passive agent ("…was set by the responder") after `index`, if any. */
export function agentAfter(
  text: string,
  index: number,
  lexicon: SubjectLexicon,
): SubjectKind | undefined {
  const window = text.slice(index, index + 80);
  const match = AGENT.exec(window);
  if (!match) return undefined;
  return phraseAt(text, index + match[0].length, lexicon);
}
