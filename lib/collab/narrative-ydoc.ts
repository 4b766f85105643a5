// The narrative as a Yjs document and back, with the schema of the one extension list
// (lib/rich-text/extensions.ts), so the co-edited document is exactly what the editor,
// the server renderer and the language check read. No framework, no database.
import { getSchema, type JSONContent } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { richTextExtensions } from "@/lib/rich-text/extensions";
import { sanitizeNarrative } from "@/lib/rich-text/narrative";

// The Collaboration extension's default fragment name; the browser uses the default too.
export const NARRATIVE_FRAGMENT = "default";

// Seeds are written as this Yjs client, so two servers seeding the same JSON at once
// produce the same items, which Yjs merges as one instead of doubling the text.
export const SEED_CLIENT_ID = 0;

let schema: ReturnType<typeof getSchema> | undefined;
function narrativeSchema() {
  schema ??= getSchema(richTextExtensions);
  return schema;
}

/** The Yjs update that turns an empty document into `json`. */
export function seedNarrativeUpdate(json: JSONContent): Uint8Array {
  const seed = new Y.Doc();
  seed.clientID = SEED_CLIENT_ID;
  prosemirrorJSONToYXmlFragment(narrativeSchema(), json, seed.getXmlFragment(NARRATIVE_FRAGMENT));
  const update = Y.encodeStateAsUpdate(seed);
  seed.destroy();
  return update;
}

/** The document's JSON, sanitised like a saved narrative. */
export function narrativeJSONOf(doc: Y.Doc): JSONContent {
  const root = yXmlFragmentToProseMirrorRootNode(
    doc.getXmlFragment(NARRATIVE_FRAGMENT),
    narrativeSchema(),
  );
  return sanitizeNarrative(root.toJSON()) ?? { type: "doc", content: [{ type: "paragraph" }] };
}
