// Field-by-field difference between two versions of a record, for the audit history and
// the conflict view. Pure; values are compared structurally.

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export function isSameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffValues<T extends object>(
  before: T,
  after: T,
  ignore: (keyof T)[] = [],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (ignore.includes(key)) continue;
    if (!isSameValue(before[key], after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}
