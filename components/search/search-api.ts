// The search page's call to GET /api/search, typed; aborted requests (a newer keystroke)
// are told apart from failures so the page stays quiet about them.
import { asServerType, requestJson, type ApiResult } from "@/lib/client/request-json";
import type { SearchAnswer } from "@/lib/search/search-incidents";

export function fetchSearch(
  query: string,
  offset: number,
  signal?: AbortSignal,
): Promise<ApiResult<SearchAnswer>> {
  const params = new URLSearchParams({ q: query });
  if (offset > 0) params.set("offset", String(offset));
  return requestJson(`/api/search?${params.toString()}`, {
    read: asServerType<SearchAnswer>(),
    failure: "The search could not be run. Try again.",
    unreachable: "The search could not reach the server; check the connection and try again.",
    signal,
  });
}
