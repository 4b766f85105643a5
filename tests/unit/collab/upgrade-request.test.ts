import { describe, expect, it } from "vitest";
import { flatHeaders, isSameOriginUpgrade, parseCookies } from "@/lib/collab/upgrade-request";

describe("the collaboration handshake", () => {
  it("reads cookies as a browser sends them", () => {
    expect(parseCookies("a=1; next-auth.session-token=abc%3D; b = two ; broken")).toEqual({
      a: "1",
      "next-auth.session-token": "abc=",
      b: "two",
    });
    expect(parseCookies(undefined)).toEqual({});
  });

  it("joins repeated headers", () => {
    expect(flatHeaders({ host: "h", "x-list": ["a", "b"], gone: undefined })).toEqual({
      host: "h",
      "x-list": "a, b",
    });
  });

  it.each([
    [{ host: "debrief.example", origin: "https://debrief.example" }, true],
    [{ host: "debrief.example", origin: "https://evil.example" }, false],
    [{ host: "debrief.example:3000", origin: "http://debrief.example:4000" }, false],
    [{ host: "debrief.example" }, false],
    [
      {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "debrief.example",
        origin: "https://debrief.example",
      },
      true,
    ],
  ])("%j from our own page: %s", (headers, expected) => {
    expect(isSameOriginUpgrade(headers)).toBe(expected);
  });
});
