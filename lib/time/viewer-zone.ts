// The viewer's time zone: remembered in a cookie that the browser sets from its own
// settings (components/time-zone-sync.tsx). UTC until the browser has told us.
import "server-only";
import { cookies } from "next/headers";
import { safeZone, TIME_ZONE_COOKIE } from "@/lib/time/zone";

export async function getViewerZone(): Promise<string> {
  const store = await cookies();
  return safeZone(store.get(TIME_ZONE_COOKIE)?.value);
}
