// The browser side of the comment routes: one typed function per read. Writes go through
// the server actions in app/incidents/[reference]/comments-actions.ts.
import { asServerType, requestJson, type ApiResult } from "@/lib/client/request-json";
import type { ThreadQuery } from "@/lib/comments/comment-input";
import type { MentionPerson } from "@/lib/comments/mention-tokens";
import type { ThreadView } from "@/lib/comments/list-threads";

function incidentPath(reference: string): string {
  return `/api/incidents/${encodeURIComponent(reference)}`;
}

export async function fetchThreads(
  reference: string,
  query: ThreadQuery,
  signal?: AbortSignal,
): Promise<ApiResult<ThreadView[]>> {
  const search = new URLSearchParams(
    Object.entries(query).map(([key, value]) => [key, String(value)]),
  );
  const answer = await requestJson(`${incidentPath(reference)}/comments?${search.toString()}`, {
    read: asServerType<{ threads: ThreadView[] }>(),
    failure: "The comments could not be loaded.",
    signal,
  });
  return answer.ok ? { ok: true, value: answer.value.threads } : answer;
}

export async function fetchEventThreadCounts(
  reference: string,
  signal?: AbortSignal,
): Promise<ApiResult<Record<string, number>>> {
  const answer = await requestJson(`${incidentPath(reference)}/comments/counts`, {
    read: asServerType<{ events: Record<string, number> }>(),
    failure: "The comment counts could not be loaded.",
    signal,
  });
  return answer.ok ? { ok: true, value: answer.value.events } : answer;
}

// One list per incident and page load: the autocomplete opens at once on the next "@".
const candidates = new Map<string, Promise<ApiResult<MentionPerson[]>>>();

export function fetchMentionCandidates(reference: string): Promise<ApiResult<MentionPerson[]>> {
  let pending = candidates.get(reference);
  if (!pending) {
    pending = requestJson(`${incidentPath(reference)}/mention-candidates`, {
      read: asServerType<{ people: MentionPerson[] }>(),
      failure: "The list of people could not be loaded.",
    }).then((answer) => {
      if (!answer.ok) candidates.delete(reference);
      return answer.ok ? { ok: true as const, value: answer.value.people } : answer;
    });
    candidates.set(reference, pending);
  }
  return pending;
}

export async function fetchUnreadCount(signal?: AbortSignal): Promise<ApiResult<number>> {
  const answer = await requestJson("/api/inbox/count", {
    read: asServerType<{ unread: number }>(),
    failure: "The inbox could not be checked.",
    signal,
  });
  return answer.ok ? { ok: true, value: answer.value.unread } : answer;
}
