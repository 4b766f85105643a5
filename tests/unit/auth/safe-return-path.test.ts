import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeRedirectUrl, safeReturnPath } from "@/lib/safe-return-path";

const APP = "https://debrief.example";

// What a browser does with a Location header: resolve it against the current page.
function landsOn(location: string): string {
  return new URL(location, `${APP}/sign-in`).origin;
}

describe("safeReturnPath", () => {
  it.each([
    ["/incidents/INC-1", "/incidents/INC-1"],
    ["/incidents?status=draft#top", "/incidents?status=draft#top"],
    ["/incidents/../admin/users", "/admin/users"],
  ])("keeps the same-site path %j", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "/.//evil.example",
    "/\u0000/evil.example",
    "javascript:alert(1)",
    " /incidents",
    "",
    undefined,
    null,
  ])("sends %j to /incidents", (value) => {
    expect(safeReturnPath(value)).toBe("/incidents");
  });

  it("always lands on the app's own origin, whatever the input", () => {
    const pieces = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      ".",
      "..",
      "%2F",
      "%5C",
      "%09",
      ":",
      "@",
      "?",
      "#",
      "evil.example",
      "http:",
      "https:",
      "javascript:",
      " ",
      "\u0000",
      "\u007f",
      "\u0085",
      "\u2028",
      "\u3002",
      "\uff0f",
      "a",
    );
    const inputs = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(inputs, (value) => {
        const result = safeReturnPath(value);
        expect(result.startsWith("/")).toBe(true);
        expect(result).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/);
        expect(landsOn(result)).toBe(APP);
        // The same holds for the absolute URL next-auth redirects to.
        expect(new URL(safeRedirectUrl(value, APP)).origin).toBe(APP);
      }),
      { numRuns: 500 },
    );
  });
});

describe("safeRedirectUrl", () => {
  it("keeps absolute URLs on the app and drops every other origin", () => {
    expect(safeRedirectUrl(`${APP}/incidents/INC-2`, APP)).toBe(`${APP}/incidents/INC-2`);
    expect(safeRedirectUrl("/sign-in", APP)).toBe(`${APP}/sign-in`);
    expect(safeRedirectUrl("https://evil.example/incidents", APP)).toBe(`${APP}/incidents`);
    expect(safeRedirectUrl("https://debrief.example.evil.example/", APP)).toBe(`${APP}/incidents`);
  });
});
