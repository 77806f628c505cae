import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { applyForwardedHeaders, resolveForwardedClient } from "./forwarded-headers";
import { parseTrustedProxies } from "./trusted-proxies";

const resolve = (peer: string, headers: IncomingHttpHeaders, trustedProxies?: string) =>
  resolveForwardedClient({ peer, encrypted: false }, headers, parseTrustedProxies(trustedProxies));

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client sends", () => {
    const spoofed = { "x-forwarded-for": "203.0.113.7", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "careport.example" };
    expect(resolve("198.51.100.20", spoofed)).toEqual({ ip: "198.51.100.20", host: "careport.example", protocol: "http" });
    expect(resolve("::ffff:198.51.100.20", spoofed, "127.0.0.1").ip).toBe("198.51.100.20");
  });

  it("is the right-most untrusted X-Forwarded-For entry behind trusted addresses and ranges", () => {
    const headers = { "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.5", host: "internal:3000", "x-forwarded-host": "careport.example", "x-forwarded-proto": "https" };
    expect(resolve("10.0.0.2", headers, "10.0.0.0/8")).toEqual({ ip: "203.0.113.7", host: "careport.example", protocol: "https" });
    expect(resolve("10.0.0.2", headers, "10.0.0.2, 10.0.0.5").ip).toBe("203.0.113.7");
    expect(resolve("10.0.0.2", headers, "10.0.0.2").ip).toBe("10.0.0.5");
    expect(resolve("127.0.0.1", headers, "loopback, private").ip).toBe("203.0.113.7");
  });

  it("counts hops when given a number, whatever the proxies' addresses", () => {
    const headers = { "x-forwarded-for": "1.1.1.1, 203.0.113.7, 192.0.2.9" };
    expect(resolve("198.51.100.1", headers, "0").ip).toBe("198.51.100.1");
    expect(resolve("198.51.100.1", headers, "1").ip).toBe("192.0.2.9");
    expect(resolve("198.51.100.1", headers, "2").ip).toBe("203.0.113.7");
    expect(resolve("198.51.100.1", headers, "9").ip).toBe("1.1.1.1");
  });

  it("matches IPv6 proxies by range and reads IPv6 clients", () => {
    const headers = { "x-forwarded-for": "2001:db8:1:2::99" };
    expect(resolve("fd12::3", headers, "fc00::/7").ip).toBe("2001:db8:1:2::99");
    expect(resolve("2001:db8:ffff::1", headers, "fc00::/7").ip).toBe("2001:db8:ffff::1");
  });

  it("stops at an entry that is not an address, at the proxy that passed it on", () => {
    expect(resolve("10.0.0.2", { "x-forwarded-for": "203.0.113.7, not-an-ip" }, "10.0.0.0/8").ip).toBe("10.0.0.2");
  });

  it("ignores a forwarded protocol other than http or https", () => {
    expect(resolve("10.0.0.2", { "x-forwarded-proto": "javascript" }, "10.0.0.2").protocol).toBe("http");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("refuses what it cannot read instead of guessing", () => {
    for (const value of ["10.0.0.0/33", "localhost", "10.0.0.1/x", "2001:db8::/129", "-1"]) {
      expect(() => parseTrustedProxies(value), value).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe("applyForwardedHeaders", () => {
  it("leaves only the headers this server vouches for", () => {
    const headers: IncomingHttpHeaders = {
      host: "careport.example",
      forwarded: "for=203.0.113.7",
      "x-real-ip": "203.0.113.7",
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-port": "1",
    };
    applyForwardedHeaders(headers, resolve("198.51.100.20", headers));
    expect(headers).toEqual({
      host: "careport.example",
      "x-forwarded-for": "198.51.100.20",
      "x-forwarded-proto": "http",
      "x-forwarded-host": "careport.example",
    });
  });
});
