// Similar incidents: shared services and tags plus TF-IDF cosine similarity of their texts
// (contributing factors and narrative). Pure: the data layer hands it the incidents the
// viewer may see, so what it ranks is already filtered by access.
import { extractTerms, TermLabels } from "@/lib/insights/terms";

export interface SimilarityInput {
  id: string;
  services: readonly string[];
  tags: readonly string[];
  /** The words to compare: factors and narrative as plain text. */
  text: string;
}

export interface SimilarityMatch {
  id: string;
  /** 0..1: half the share of labels in common, half the text similarity. */
  score: number;
  textSimilarity: number;
  sharedServices: string[];
  sharedTags: string[];
  /** The words that weigh most in the text similarity, as written. */
  sharedTerms: string[];
}

export interface SimilarityOptions {
  limit?: number;
  /** Matches below this score are noise, not similarity. */
  minScore?: number;
  sharedTermCount?: number;
}

type Vector = Map<string, number>;

// Below this, two texts share only a word or two in passing.
const MIN_TEXT_SIMILARITY = 0.05;

export function rankSimilar(
  target: SimilarityInput,
  candidates: readonly SimilarityInput[],
  options: SimilarityOptions = {},
): SimilarityMatch[] {
  const { limit = 5, minScore = 0.05, sharedTermCount = 4 } = options;
  // Shared terms are the target's, so its own spelling labels them.
  const labels = new TermLabels();
  const counts = [target, ...candidates].map((input, index) => {
    const terms = extractTerms(input.text);
    if (index === 0) labels.add(terms);
    return termCounts(terms.map((term) => term.stem));
  });
  const idf = inverseDocumentFrequency(counts);
  const vectors = counts.map((count) => weigh(count, idf));
  const targetVector = vectors[0] ?? new Map<string, number>();

  const matches: SimilarityMatch[] = [];
  candidates.forEach((candidate, index) => {
    const vector = vectors[index + 1] ?? new Map<string, number>();
    const textSimilarity = cosine(targetVector, vector);
    const sharedServices = intersect(target.services, candidate.services);
    const sharedTags = intersect(target.tags, candidate.tags);
    const labelShare =
      (sharedServices.length + sharedTags.length) /
      Math.max(
        1,
        unionSize(target.services, candidate.services) + unionSize(target.tags, candidate.tags),
      );
    const hasText = textSimilarity >= MIN_TEXT_SIMILARITY;
    if (sharedServices.length + sharedTags.length === 0 && !hasText) return;
    const score = 0.5 * labelShare + 0.5 * textSimilarity;
    if (score < minScore) return;
    matches.push({
      id: candidate.id,
      score: round(score),
      textSimilarity: round(textSimilarity),
      sharedServices,
      sharedTags,
      sharedTerms: hasText
        ? topSharedTerms(targetVector, vector, sharedTermCount).map((stem) => labels.label(stem))
        : [],
    });
  });
  // Stable: equal scores keep the caller's order (most recently updated first).
  return matches.sort((a, b) => b.score - a.score).slice(0, limit);
}

function termCounts(stems: readonly string[]): Vector {
  const counts: Vector = new Map();
  for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}

// Smoothed, so a term in every document still weighs 1 and a corpus of two still compares.
function inverseDocumentFrequency(documents: readonly Vector[]): Vector {
  const frequency: Vector = new Map();
  for (const document of documents) {
    for (const stem of document.keys()) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  const idf: Vector = new Map();
  for (const [stem, count] of frequency) {
    idf.set(stem, Math.log((documents.length + 1) / (count + 1)) + 1);
  }
  return idf;
}

// Sublinear term frequency: a word said ten times is not ten times the subject.
function weigh(counts: Vector, idf: Vector): Vector {
  const vector: Vector = new Map();
  for (const [stem, count] of counts) {
    vector.set(stem, (1 + Math.log(count)) * (idf.get(stem) ?? 1));
  }
  return vector;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [stem, weight] of small) dot += weight * (large.get(stem) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

function topSharedTerms(a: Vector, b: Vector, count: number): string[] {
  return [...a]
    .filter(([stem]) => b.has(stem))
    .map(([stem, weight]) => [stem, weight * (b.get(stem) ?? 0)] as const)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, count)
    .map(([stem]) => stem);
}

// Labels match regardless of case ("Ledger-DB" is "ledger-db"); the target's spelling is shown.
function intersect(mine: readonly string[], theirs: readonly string[]): string[] {
  const other = new Set(theirs.map((name) => name.toLowerCase()));
  return mine.filter((name) => other.has(name.toLowerCase()));
}

function unionSize(a: readonly string[], b: readonly string[]): number {
  return new Set([...a, ...b].map((name) => name.toLowerCase())).size;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
