import { describe, expect, it } from "vitest";
import {
  clientAddress,
  parseTrustedProxies,
  PEER_ADDRESS_HEADER,
  UNKNOWN_ADDRESS,
} from "@/lib/auth/client-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.1, 172.16.0.0/12, fd00::/8");

function from(peer: string | undefined, forwardedFor?: string) {
  return {
    ...(peer === undefined ? {} : { [PEER_ADDRESS_HEADER]: peer }),
    ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
  };
}

describe("clientAddress", () => {
  it("uses the socket address and ignores X-Forwarded-For from anyone else", () => {
    expect(clientAddress(from("203.0.113.9", "198.51.100.1"), none)).toBe("203.0.113.9");
    expect(clientAddress(from("203.0.113.9", "198.51.100.1"), proxies)).toBe("203.0.113.9");
    expect(clientAddress(from("::ffff:203.0.113.9"), none)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1" }, proxies)).toBe(UNKNOWN_ADDRESS);
  });

  it("believes X-Forwarded-For from a trusted proxy, skipping trusted hops from the right", () => {
    expect(clientAddress(from("10.0.0.1", "198.51.100.1"), proxies)).toBe("198.51.100.1");
    expect(clientAddress(from("172.20.1.2", "6.6.6.6, 198.51.100.1, 10.0.0.1"), proxies)).toBe(
      "198.51.100.1",
    );
    expect(clientAddress(from("fd00::5", "2001:db8::7"), proxies)).toBe("2001:db8::7");
    expect(clientAddress(from("10.0.0.1"), proxies)).toBe("10.0.0.1");
    expect(clientAddress(from("10.0.0.1", "not an address"), proxies)).toBe("10.0.0.1");
  });

  it("refuses a bad proxy list with a readable message", () => {
    expect(() => parseTrustedProxies("10.0.0.1, proxy.local")).toThrow(/proxy\.local/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
  });
});
