// Every registered format comes with what it takes to trust it: a detection sample that
// detection picks, and a fixture under tests/fixtures/formats/<id>.<ext> that is detected as
// the format and read into the events recorded next to it (<id>.expected.json, written by
// vitest on the first run and compared afterwards; update with `vitest -u`).

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENT_FORMAT_IDS, LINE_FORMAT_IDS, ingestText, toPlainEvent } from "@/lib/ingest";
import type { IngestResult } from "@/lib/ingest";
import { DOCUMENT_FORMATS, LINE_FORMATS, lineFormatById } from "@/lib/ingest/formats/registry";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/formats");
const EXPECTED = ".expected.json";
const inputs = readdirSync(FIXTURES).filter((f) => !f.endsWith(EXPECTED));
const options = { reference: "2026-03-14T09:40:00Z" };

/** The fixture of a format: `<id>.<any extension>`. */
function fixtureOf(id: string): string | undefined {
  return inputs.find((f) => f.slice(0, f.lastIndexOf(".")) === id);
}

/** What a fixture is read into, as stable JSON. */
function summary(result: IngestResult): string {
  const source = result.sources[0];
  const events = result.events.map((e) => {
    const { raw: _raw, source: _source, time, ...rest } = toPlainEvent(e);
    return { time: new Date(time).toISOString(), ...rest };
  });
  return `${JSON.stringify(
    {
      format: source?.format,
      counts: source?.counts,
      unparsedLines: source?.unparsedLines,
      flags: source?.flags,
      events,
    },
    null,
    2,
  )}\n`;
}

describe("the format registry", () => {
  it("holds one object per format id, and every id", () => {
    const ids = LINE_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...LINE_FORMAT_IDS].sort());
    expect(new Set(LINE_FORMATS).size).toBe(LINE_FORMATS.length);
    for (const id of LINE_FORMAT_IDS) expect(lineFormatById(id)?.id).toBe(id);
    expect(DOCUMENT_FORMATS.map((f) => f.id).sort()).toEqual([...DOCUMENT_FORMAT_IDS].sort());
  });

  it("has no fixture for a format it does not know", () => {
    const known = new Set<string>([...LINE_FORMAT_IDS, ...DOCUMENT_FORMAT_IDS]);
    const stray = inputs.filter((f) => !known.has(f.slice(0, f.lastIndexOf("."))));
    expect(stray).toEqual([]);
  });

  describe.each(LINE_FORMATS.map((f) => [f.id, f] as const))("%s", (id, format) => {
    it("has a detection sample that detection picks, every line read", () => {
      expect(format.sample.length, `${id} has no detection sample`).toBeGreaterThan(0);
      const source = ingestText("sample", format.sample.join("\n"), options).sources[0];
      expect(source?.format).toBe(id);
      expect(source?.unparsedLines).toEqual([]);
    });

    it("has a fixture, detected as itself and read as recorded", async () => {
      const file = fixtureOf(id);
      expect(file, `tests/fixtures/formats/${id}.<ext> is missing`).toBeDefined();
      const text = readFileSync(path.join(FIXTURES, file as string), "utf8");
      const result = ingestText(file as string, text, options);
      expect(result.sources[0]?.format).toBe(id);
      expect(result.events.length).toBeGreaterThan(1);
      await expect(summary(result)).toMatchFileSnapshot(path.join(FIXTURES, `${id}${EXPECTED}`));
    });
  });

  describe.each(DOCUMENT_FORMATS.map((f) => [f.id] as const))("%s", (id) => {
    it("has a fixture, detected as itself and read as recorded", async () => {
      const file = fixtureOf(id);
      expect(file, `tests/fixtures/formats/${id}.<ext> is missing`).toBeDefined();
      const text = readFileSync(path.join(FIXTURES, file as string), "utf8");
      const result = ingestText(file as string, text, options);
      expect(result.sources[0]?.format).toBe(id);
      await expect(summary(result)).toMatchFileSnapshot(path.join(FIXTURES, `${id}${EXPECTED}`));
    });
  });
});
