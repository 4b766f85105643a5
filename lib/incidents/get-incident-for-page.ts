// Pages show Next's 404 for anything the viewer may not see, exactly as for a missing one.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { getIncidentForUser, type IncidentView } from "@/lib/incidents/get-incident";

// Cached per request: the layout and the tab page both ask for it.
export const getIncidentForPage = cache(
  async (user: SessionUser, reference: string, zone: string): Promise<IncidentView> => {
    try {
      return await getIncidentForUser(user, reference, zone);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }
  },
);
