// The line-format list is written from the files in lib/ingest/formats/: a format file is
// registered without any other edit, in its detection order, and a file the generator
// cannot read says what is wrong with it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LINE_FORMAT_IDS } from "@/lib/ingest";
import { LINE_FORMATS } from "@/lib/ingest/formats/registry";
import { scanLineFormats } from "../../../scripts/generate-format-registry.mjs";

const FORMATS = path.resolve(import.meta.dirname, "../../../lib/ingest/formats");

const format = (name: string, id: string, order: number | null) =>
  `export const ${name}: StatelessLineFormat = {\n  id: "${id}",\n  label: "${id}",\n` +
  (order === null ? "" : `  detectionOrder: ${order},\n`) +
  "  sample: [],\n};\n";

let folder: string | undefined;
function folderWith(files: Record<string, string>): string {
  folder = mkdtempSync(path.join(os.tmpdir(), "formats-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

describe("the generated line-format list", () => {
  it("registers every format the folder declares, in detection order", () => {
    const scanned = scanLineFormats(FORMATS);
    expect(LINE_FORMATS.map((f) => f.id)).toEqual(scanned.map((f) => f.id));
    expect([...LINE_FORMAT_IDS]).toEqual(scanned.map((f) => f.id));
    const orders = LINE_FORMATS.map((f) => f.detectionOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it("orders by detectionOrder, whatever the files' names", () => {
    const dir = folderWith({
      "a.ts": format("late", "late-format", 90),
      "b.ts": format("early", "early-format", 10) + format("middle", "middle-format", 50),
      "helpers.ts": "export function helper() {}\n",
    });
    expect(scanLineFormats(dir).map((f) => [f.id, f.module])).toEqual([
      ["early-format", "b"],
      ["middle-format", "b"],
      ["late-format", "a"],
    ]);
  });

  it.each([
    [{ "a.ts": format("x", "x", null) }, /a\.ts: x has no detectionOrder/],
    [{ "a.ts": format("x", "same", 10), "b.ts": format("y", "same", 20) }, /repeats the id "same"/],
    [{ "a.ts": format("x", "x", 10), "b.ts": format("y", "y", 10) }, /share a detectionOrder/],
  ])("refuses a folder it cannot order: %#", (files, message) => {
    expect(() => scanLineFormats(folderWith(files))).toThrow(message);
  });
});
