// Flag bits and flag names must stay in step: each bit names exactly one flag.

import { describe, expect, it } from "vitest";
import { FLAG, FLAG_ORDER, flagsFromMask } from "@/lib/ingest/event";

describe("assumption flags", () => {
  it.each(Object.entries(FLAG))("%s is one bit with its own name", (name, bit) => {
    const flags = flagsFromMask(bit);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())).toBe(name);
  });

  it("covers every flag name once", () => {
    const all = Object.values(FLAG).reduce((a, b) => a | b, 0);
    expect(flagsFromMask(all)).toEqual(FLAG_ORDER);
  });
});
