// An incident's live updates as a server-sent event stream: one `change` event per published
// change the viewer may hear of, a heartbeat comment every 20 s so proxies keep the
// connection open, and an access check on each heartbeat so someone removed from a
// restricted incident stops hearing of it within seconds.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { findVisibleIncidentId } from "@/lib/access/incident-access";
import { subscribeToIncident } from "@/lib/realtime/bus";
import type { PublishedChange } from "@/lib/realtime/incident-change";

const HEARTBEAT_MS = 20_000;

export function canHear(change: PublishedChange, userId: string): boolean {
  return change.audience === undefined || change.audience.includes(userId);
}

export async function openChangeStream(
  user: SessionUser,
  reference: string,
  signal: AbortSignal,
): Promise<Response> {
  // Check the user can see this incident; anything else is a 404 like a page.
  const incidentId = await findVisibleIncidentId(user, reference);
  const encoder = new TextEncoder();
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const unsubscribe = subscribeToIncident(incidentId, (change) => {
        if (!canHear(change, user.id)) return;
        const { audience: _audience, ...visible } = change;
        send(`event: change\ndata: ${JSON.stringify(visible)}\n\n`);
      });
      const heartbeat = setInterval(() => {
        findVisibleIncidentId(user, reference).then(
          () => send(": still here\n\n"),
          () => close(),
        );
      }, HEARTBEAT_MS);
      close = () => {
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      signal.addEventListener("abort", close, { once: true });
      // Tells the client the stream is live, and how long to wait before reconnecting.
      send("retry: 2000\nevent: ready\ndata: {}\n\n");
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      // nginx buffers responses unless told not to; a buffered stream is not live.
      "X-Accel-Buffering": "no",
    },
  });
}
