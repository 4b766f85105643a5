// Limits on heavy work (imports, large previews, exports): at most 2 at a time per
// person and 3 per server. One more is answered at once with a clear "busy" error and a
// Retry-After, instead of queueing behind the others and slowing every page. A slot is
// held from the start of the job to its end (for an export, until its stream closes).
import { AppError } from "@/lib/errors";

export const MAX_HEAVY_JOBS_PER_PERSON = 2;
export const MAX_HEAVY_JOBS_PER_SERVER = 3;
const RETRY_AFTER_SECONDS = 10;

interface HeavyJobCounts {
  total: number;
  byPerson: Map<string, number>;
}

// On globalThis so dev-mode reloads of this module share the counts of jobs still running.
const globalForJobs = globalThis as unknown as { debriefHeavyJobs?: HeavyJobCounts };
const counts: HeavyJobCounts = (globalForJobs.debriefHeavyJobs ??= {
  total: 0,
  byPerson: new Map(),
});

/** Claims a slot for `personId` or throws AppError "busy"; call release() exactly once. */
export function claimHeavyJob(personId: string): () => void {
  const mine = counts.byPerson.get(personId) ?? 0;
  if (mine >= MAX_HEAVY_JOBS_PER_PERSON) {
    throw new AppError(
      "busy",
      `You already have ${MAX_HEAVY_JOBS_PER_PERSON} imports, previews or exports running. Wait for one to finish, then try again.`,
      { retryAfterSeconds: RETRY_AFTER_SECONDS },
    );
  }
  if (counts.total >= MAX_HEAVY_JOBS_PER_SERVER) {
    throw new AppError(
      "busy",
      "The server is busy with other imports, previews and exports. Try again in a few seconds.",
      { retryAfterSeconds: RETRY_AFTER_SECONDS },
    );
  }
  counts.total++;
  counts.byPerson.set(personId, mine + 1);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    counts.total--;
    const left = (counts.byPerson.get(personId) ?? 1) - 1;
    if (left > 0) counts.byPerson.set(personId, left);
    else counts.byPerson.delete(personId);
  };
}

/** Runs `job` in a heavy-job slot, released when it settles. */
export async function runHeavyJob<T>(personId: string, job: () => Promise<T>): Promise<T> {
  const release = claimHeavyJob(personId);
  try {
    return await job();
  } finally {
    release();
  }
}
