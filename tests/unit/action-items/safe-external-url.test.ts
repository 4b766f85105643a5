import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeExternalUrl } from "@/lib/safe-external-url";

describe("safeExternalUrl: only http(s) tracker links become links", () => {
  it.each([
    ["https://tracker.example.com/ISSUE-12", "https://tracker.example.com/ISSUE-12"],
    ["http://jira.internal:8080/browse/OPS-1", "http://jira.internal:8080/browse/OPS-1"],
    ["  HTTPS://Tracker.Example.com/a?b=c#d  ", "https://tracker.example.com/a?b=c#d"],
  ])("keeps %j", (input, expected) => {
    expect(safeExternalUrl(input)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "  javascript:alert(document.cookie)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0000javascript:alert(1)",
    "javascript://example.com/%0aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://files.example.com/x",
    "mailto:someone@example.com",
    "//evil.example.com/x",
    "/relative/path",
    "tracker.example.com/ISSUE-12",
    "http:evil.example.com",
    "https:/evil.example.com",
    "https://",
    "https://exa mple.com",
    "",
    "   ",
  ])("refuses %j", (input) => {
    expect(safeExternalUrl(input)).toBeNull();
  });

  it("refuses null and undefined", () => {
    expect(safeExternalUrl(null)).toBeNull();
    expect(safeExternalUrl(undefined)).toBeNull();
  });

  it("never returns anything but an http(s) URL, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc
            .tuple(
              fc.constantFrom("javascript", "data", "vbscript", "JaVaScRiPt", "http", "https"),
              fc.string(),
            )
            .map(([scheme, rest]) => `${scheme}:${rest}`),
        ),
        (input) => {
          const result = safeExternalUrl(input);
          if (result !== null) expect(result).toMatch(/^https?:\/\/[^/?#\s]/);
        },
      ),
    );
  });
});
