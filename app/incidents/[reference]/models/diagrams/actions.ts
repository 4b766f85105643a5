"use server";

// Server actions for diagrams and aliases. Only actions live here: "use server" makes every
// export callable from the browser, so the logic stays in lib/mental-models/.
import { authenticatedAction } from "@/lib/actions/authenticated-action";
import { addComponentAlias, removeComponentAlias } from "@/lib/mental-models/component-aliases";
import {
  createDiagram,
  deleteDiagram,
  saveDiagram,
} from "@/lib/mental-models/diagrams/change-diagram";

export async function createDiagramAction(reference: string, input: unknown) {
  return authenticatedAction("createDiagram", (user) =>
    createDiagram(user, String(reference), input),
  );
}

export async function saveDiagramAction(reference: string, input: unknown) {
  return authenticatedAction("saveDiagram", (user) => saveDiagram(user, String(reference), input));
}

export async function deleteDiagramAction(reference: string, diagramId: string) {
  return authenticatedAction("deleteDiagram", async (user) => {
    await deleteDiagram(user, String(reference), String(diagramId));
    return { status: "deleted" as const };
  });
}

export async function addAliasAction(reference: string, input: unknown) {
  return authenticatedAction("addAlias", (user) =>
    addComponentAlias(user, String(reference), input),
  );
}

export async function removeAliasAction(reference: string, aliasId: string) {
  return authenticatedAction("removeAlias", (user) =>
    removeComponentAlias(user, String(reference), String(aliasId)),
  );
}
