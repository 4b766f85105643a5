// Every route under app/api (next-auth's own excepted) runs through here, as every server
// action runs through authenticatedAction: a write must come from the app's own pages
// (403 otherwise), declare the body type the route reads (415 otherwise), and be made by
// a signed-in person; any error becomes a JSON answer with a clear message, never a 500
// for bad input. Bodies are not read here: the handler reads them with the bounded
// readers of read-body.ts once it knows the person may write (see the evidence route).
import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { AppError, errorResponse } from "@/lib/errors";
import { isSameOriginRequest, isStateChanging } from "@/lib/http/same-origin";

export type BodyKind = "json" | "multipart";

interface RouteOptions {
  // What a write sends; writes with another Content-Type answer 415.
  body?: BodyKind;
}

interface RouteInput<Params> {
  request: Request;
  user: SessionUser;
  params: Params;
}

const MEDIA_TYPES: Record<BodyKind, string> = {
  json: "application/json",
  multipart: "multipart/form-data",
};

export function checkRequestShape(request: Request, body: BodyKind | undefined): void {
  if (!isStateChanging(request.method)) return;
  if (!isSameOriginRequest(request.headers, env().NEXTAUTH_URL)) {
    throw new AppError(
      "forbidden",
      "This request did not come from a Debrief page (its Origin is another site), so it was refused.",
    );
  }
  if (!body) return;
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== MEDIA_TYPES[body]) {
    throw new AppError(
      "unsupported_media_type",
      `Send this request as ${MEDIA_TYPES[body]} (it was ${mediaType || "sent without a Content-Type"}).`,
    );
  }
}

export function routeHandler<Params extends object = object>(
  name: string,
  handler: (input: RouteInput<Params>) => Promise<Response>,
  options: RouteOptions = {},
): (request: Request, context: { params: Promise<Params> }) => Promise<Response> {
  return async (request, context) => {
    try {
      checkRequestShape(request, options.body);
      const user = await requireUser();
      const params = await context.params;
      return await handler({ request, user, params });
    } catch (error) {
      return errorResponse(error, { route: name });
    }
  };
}
