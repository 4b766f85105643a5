import { describe, expect, it } from "vitest";
import { isSameOriginRequest, isStateChanging } from "@/lib/http/same-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isSameOriginRequest", () => {
  it.each([
    [{ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }, true],
    [{ host: "debrief.example", origin: "https://DEBRIEF.example" }, true],
    [{ host: "127.0.0.1:3000", referer: "http://127.0.0.1:3000/incidents/INC-1" }, true],
    // Another port of the same host is another site.
    [{ host: "127.0.0.1:3000", origin: "http://127.0.0.1:4000" }, false],
    [{ host: "127.0.0.1:3000", origin: "http://evil.example" }, false],
    [{ host: "127.0.0.1:3000", origin: "null" }, false],
    // An explicit foreign Origin is not rescued by a matching Referer.
    [
      { host: "127.0.0.1:3000", origin: "http://evil.example", referer: "http://127.0.0.1:3000/" },
      false,
    ],
    [{ host: "127.0.0.1:3000", referer: "http://127.0.0.1:4000/x" }, false],
    // Neither header: refused.
    [{ host: "127.0.0.1:3000" }, false],
    [{ host: "127.0.0.1:3000", origin: "not a url" }, false],
    // Behind a proxy, the forwarded host is the public one.
    [
      {
        host: "10.0.0.5:3000",
        "x-forwarded-host": "debrief.example",
        origin: "https://debrief.example",
      },
      true,
    ],
  ])("%j → %s", (entries, expected) => {
    expect(isSameOriginRequest(headers(entries))).toBe(expected);
  });

  it("accepts the configured public URL", () => {
    expect(
      isSameOriginRequest(
        headers({ host: "10.0.0.5:3000", origin: "https://debrief.example" }),
        "https://debrief.example/",
      ),
    ).toBe(true);
  });
});

describe("isStateChanging", () => {
  it.each([
    ["GET", false],
    ["HEAD", false],
    ["OPTIONS", false],
    ["POST", true],
    ["PUT", true],
    ["delete", true],
    ["PATCH", true],
  ])("%s → %s", (method, expected) => {
    expect(isStateChanging(method)).toBe(expected);
  });
});
