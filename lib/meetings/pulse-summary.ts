// The end-of-meeting pulse as everyone may see it: how many answered, the averages, how the
// 1–5 answers spread and the comments without names. Pure; raw answers go in, only
// aggregates come out, and comments are sorted by their text so their order says nothing
// about who wrote them or when.
export interface PulseAnswer {
  learned: number;
  attendAgain: number;
  comment: string;
}

export interface PulseSummary {
  count: number;
  /** Averages to one decimal; null when nobody answered. */
  learnedAverage: number | null;
  attendAgainAverage: number | null;
  /** How many answered 1, 2, 3, 4, 5 (index 0 is 1). */
  learnedSpread: number[];
  attendAgainSpread: number[];
  comments: string[];
}

export const PULSE_SCALE = [1, 2, 3, 4, 5] as const;

function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

function spread(values: number[]): number[] {
  return PULSE_SCALE.map((score) => values.filter((value) => value === score).length);
}

export function summarizePulse(answers: readonly PulseAnswer[]): PulseSummary {
  const learned = answers.map((answer) => answer.learned);
  const attendAgain = answers.map((answer) => answer.attendAgain);
  return {
    count: answers.length,
    learnedAverage: average(learned),
    attendAgainAverage: average(attendAgain),
    learnedSpread: spread(learned),
    attendAgainSpread: spread(attendAgain),
    comments: answers
      .map((answer) => answer.comment.trim())
      .filter((comment) => comment.length > 0)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}
