import { BlockList, isIP } from "node:net";
import { normalizeIp } from "./ip-address";

/** Which peers may tell us a client's address: the first `hops` hops from this server, or the addresses listed. */
export type ProxyTrust = { hops: number } | { addresses: BlockList };

const namedRanges: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
};

export const TRUSTED_PROXIES_FORMAT =
  "must be a number of proxy hops (e.g. 1) or a comma-separated list of addresses, CIDR ranges, loopback, private or linklocal";

/**
 * Parses TRUSTED_PROXIES the way Express reads `trust proxy`: empty trusts no one; a number trusts that many hops
 * in front of this server, whatever their address; otherwise a list of addresses and CIDR ranges. Throws on
 * anything else, so a typo fails the start instead of trusting no one (or everyone) silently.
 */
export function parseTrustedProxies(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? "";
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const addresses = new BlockList();
  for (const entry of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    for (const range of namedRanges[entry.toLowerCase()] ?? [entry]) {
      const [rawAddress = "", prefix] = range.split("/");
      const address = normalizeIp(rawAddress);
      const family = address && isIP(address) === 6 ? "ipv6" : "ipv4";
      const bits = prefix === undefined ? (family === "ipv6" ? 128 : 32) : Number(prefix);
      if (!address || !/^\d*$/.test(prefix ?? "") || bits > (family === "ipv6" ? 128 : 32)) {
        throw new Error(`TRUSTED_PROXIES: "${entry}" ${TRUSTED_PROXIES_FORMAT}`);
      }
      addresses.addSubnet(address, bits, family);
    }
  }
  return { addresses };
}

/** Whether the address `hop` steps from this server (0: the socket's peer) is a proxy we trust. */
export function isTrustedHop(address: string, hop: number, trust: ProxyTrust): boolean {
  if ("hops" in trust) return hop < trust.hops;
  const family = isIP(address);
  return family !== 0 && trust.addresses.check(address, family === 6 ? "ipv6" : "ipv4");
}
