// The search's URL parameters (?q=&offset=), validated: one schema for the page and the API
// route. An over-long query is cut by the parser with a hint rather than refused here, so
// typing never turns into an error page. Pure.
import { z } from "@/lib/validation/zod";

export const searchRequestSchema = z.object({
  q: z.string().max(2_000).catch("").default(""),
  offset: z.coerce.number().int().min(0).max(1_000).catch(0).default(0),
});

export type SearchRequest = z.infer<typeof searchRequestSchema>;

export function parseSearchRequest(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): SearchRequest {
  const read = (name: string) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return (Array.isArray(value) ? value[0] : value) ?? undefined;
  };
  return searchRequestSchema.parse({ q: read("q"), offset: read("offset") });
}
