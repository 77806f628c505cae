import { describe, expect, it } from "vitest";
import { clientNetwork, normalizeIp } from "./ip-address";

describe("normalizeIp", () => {
  it("spells each address one way", () => {
    expect(normalizeIp(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(normalizeIp("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normalizeIp("::FFFF:203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("fe80::1%eth0")).toBe("fe80::1");
  });

  it("refuses what is not an address", () => {
    for (const junk of ["", "unknown", "203.0.113", "203.0.113.7.1", "2001:db8::1::2", "<script>", "999.1.1.1"]) {
      expect(normalizeIp(junk)).toBeNull();
    }
  });
});

describe("clientNetwork", () => {
  it("keeps an IPv4 address whole", () => {
    expect(clientNetwork("203.0.113.7")).toBe("203.0.113.7");
    expect(clientNetwork("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts every address of one IPv6 /64 as one client", () => {
    const network = clientNetwork("2001:db8:aa:bb::1");
    expect(network).toBe("2001:db8:aa:bb::/64");
    expect(clientNetwork("2001:0db8:00aa:00bb:ffff:ffff:ffff:fffe")).toBe(network);
    expect(clientNetwork("2001:db8:aa:bb:1:2:3.4.5.6")).toBe(network);
    expect(clientNetwork("2001:db8:aa:bc::1")).not.toBe(network);
    expect(clientNetwork("::1")).toBe("0:0:0:0::/64");
    expect(clientNetwork("2001:db8::")).toBe("2001:db8:0:0::/64");
  });
});
