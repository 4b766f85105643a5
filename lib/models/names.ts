// Matching component names across diagrams and traces: "Payments API", "payments-api" and
// "payments_service" name one thing. Normalising handles case, separators, camelCase,
// plurals and service suffixes; aliases a facilitator sets join names that no rule could.

import pluralize from "pluralize";

/** Trailing words that say "a service" without naming which one. */
const SUFFIXES = new Set(["service", "svc", "srv"]);

/**
 * One word's singular, by the pluralize package's English rules. Words ending in "is" (redis,
 * analysis) stay as they are, and "cache"/"caches" meet at "cach" as "batch"/"batches" do.
 */
function singular(word: string): string {
  if (word.endsWith("is")) return word;
  return pluralize.singular(word).replace(/(ch|sh)e$/, "$1");
}

/**
 * The key a name matches on. Words are split at spaces, punctuation and camelCase, each made
 * singular, a trailing "service"/"svc" dropped, and the words joined without separators, so
 * "PgBouncer", "pg-bouncer" and "pg_bouncers" share a key.
 */
export function normaliseName(name: string): string {
  const words = name
    .normalize("NFKC")
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll}{2})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "")
    .map(singular);
  if (words.length > 1 && SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  const key = words.join("");
  // A name of punctuation only keeps its own spelling rather than matching every other one.
  return key === "" ? name.trim().toLowerCase() : key;
}

export interface AliasResolver {
  /** The canonical key of a name: equal for names that match or are aliased, transitively. */
  key(name: string): string;
}

/**
 * Union-find over normalised names. Each group's key is its smallest normalised name, so the
 * result depends on which names are joined, not on the order or direction of the pairs.
 */
export function aliasResolver(pairs: readonly (readonly [string, string])[]): AliasResolver {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root))
      root = up;
    // Path compression: point every name on the way straight at the root.
    for (let at = x; at !== root;) {
      const next = parent.get(at) as string;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const [a, b] of pairs) {
    const [ka, kb] = [normaliseName(a), normaliseName(b)];
    for (const k of [ka, kb]) if (!parent.has(k)) parent.set(k, k);
    const [ra, rb] = [find(ka), find(kb)];
    // The smaller key becomes the root, so a group's root is its smallest member.
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  }
  return {
    key(name: string): string {
      const k = normaliseName(name);
      return parent.has(k) ? find(k) : k;
    },
  };
}
