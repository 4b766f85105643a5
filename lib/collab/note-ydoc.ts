// A participant's note as one Yjs document and back: each guided section is its own
// fragment (named by the section's key), typed with the note's extension list, so every
// section co-edits on its own while the note travels as one document. No framework, no
// database.
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { SEED_CLIENT_ID } from "@/lib/collab/narrative-ydoc";
import {
  emptyNoteSections,
  normalizeNoteSection,
  NOTE_SECTION_KEYS,
  parseNoteSection,
  type NoteSections,
} from "@/lib/mental-models/notes/note-sections";
import { noteTextExtensions } from "@/lib/rich-text/extensions";

let schema: ReturnType<typeof getSchema> | undefined;
function noteSchema() {
  schema ??= getSchema(noteTextExtensions);
  return schema;
}

/** The Yjs update that turns an empty document into the note's stored sections. */
export function seedNoteUpdate(sections: NoteSections): Uint8Array {
  const seed = new Y.Doc();
  seed.clientID = SEED_CLIENT_ID;
  for (const key of NOTE_SECTION_KEYS) {
    // An empty section stays an empty fragment: the editor adds its own first paragraph.
    if (!sections[key]) continue;
    prosemirrorJSONToYXmlFragment(
      noteSchema(),
      parseNoteSection(sections[key]),
      seed.getXmlFragment(key),
    );
  }
  const update = Y.encodeStateAsUpdate(seed);
  seed.destroy();
  return update;
}

/** The note's sections as stored: sanitised JSON per section, "" for one without text. */
export function noteSectionsOf(doc: Y.Doc): NoteSections {
  const sections = emptyNoteSections();
  for (const key of NOTE_SECTION_KEYS) {
    const fragment = doc.getXmlFragment(key);
    if (fragment.length === 0) continue;
    const root = yXmlFragmentToProseMirrorRootNode(fragment, noteSchema());
    sections[key] = normalizeNoteSection(JSON.stringify(root.toJSON()));
  }
  return sections;
}
