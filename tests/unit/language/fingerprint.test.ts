import { describe, expect, it } from "vitest";
import { analyze } from "../../../lib/language/analyze";
import { fingerprintFinding } from "../../../lib/language/fingerprint";

describe("fingerprints", () => {
  const sentence = "The on-call engineer should have checked replica lag.";

  it("stays the same when text elsewhere changes", () => {
    const before = analyze(sentence)[0];
    const after = analyze(`A new first paragraph was added.\n\n${sentence}`)[0];
    expect(after?.start).not.toBe(before?.start);
    expect(after?.fingerprint).toBe(before?.fingerprint);
  });

  it("ignores case and re-wrapping but changes when the sentence changes", () => {
    expect(fingerprintFinding("CF-01", sentence)).toBe(
      fingerprintFinding("CF-01", `  ${sentence.toUpperCase()}  `),
    );
    expect(fingerprintFinding("CF-01", sentence)).toBe(
      fingerprintFinding("CF-01", sentence.replace(" ", "\n  ")),
    );
    expect(fingerprintFinding("CF-01", sentence)).not.toBe(
      fingerprintFinding("CF-01", sentence.replace("lag", "delay")),
    );
  });

  it("differs per rule for the same sentence", () => {
    expect(fingerprintFinding("CF-01", sentence)).not.toBe(fingerprintFinding("CF-03", sentence));
    expect(fingerprintFinding("CF-01", sentence)).toMatch(/^CF-01:[0-9a-f]+$/);
  });

  it("matches the fingerprint carried by the finding", () => {
    const [finding] = analyze(sentence);
    expect(finding?.fingerprint).toBe(fingerprintFinding("CF-01", sentence));
  });
});
