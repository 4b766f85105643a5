import type { Metadata } from "next";
import { SearchWorkspace } from "@/components/search/search-workspace";
import { requirePageUser } from "@/lib/auth/current-user";
import { searchIncidents } from "@/lib/search/search-incidents";
import { parseSearchRequest } from "@/lib/search/search-request";

export const metadata: Metadata = { title: "Search" };

// Full-text search over the incidents the person may see. The first answer is rendered
// here (a shared link shows its results at once); the page then searches as they type.
export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("/search");
  const { q, offset } = parseSearchRequest(await searchParams);
  const answer = await searchIncidents(user, q, { offset });
  return (
    <div className="stack">
      <h1 style={{ margin: 0 }}>Search</h1>
      <SearchWorkspace initial={answer} />
    </div>
  );
}
