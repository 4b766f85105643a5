// The signed-in person's unread inbox entries, for the header badge (polled, and on focus).
import { countUnread } from "@/lib/comments/inbox";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

export const GET = routeHandler("GET /api/inbox/count", async ({ user }) =>
  Response.json({ unread: await countUnread(user) }, { headers: { "Cache-Control": "no-store" } }),
);
