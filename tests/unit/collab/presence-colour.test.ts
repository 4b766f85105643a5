import { describe, expect, it } from "vitest";
import { presenceColour } from "@/components/collab/presence-colour";

describe("presence colours", () => {
  it("gives a person the same colour every time", () => {
    expect(presenceColour("cmxayvk5x0000nb7dq2gkzdh2")).toBe(
      presenceColour("cmxayvk5x0000nb7dq2gkzdh2"),
    );
  });

  it("spreads ids that differ only near the end over the palette", () => {
    const ids = Array.from({ length: 40 }, (_, index) => `cmxayvk5x0000nb7dq2gkz${index}`);
    expect(new Set(ids.map(presenceColour)).size).toBeGreaterThanOrEqual(8);
  });
});
