import { isIP } from "node:net";

/**
 * One spelling per address: lower case, without brackets, port or zone, and an IPv4-mapped IPv6 address
 * ("::ffff:192.0.2.1", as a dual-stack socket reports IPv4 peers) as plain IPv4. Null when it is not an address.
 */
export function normalizeIp(raw: string): string | null {
  let value = raw.trim().toLowerCase();
  if (value.startsWith("[")) value = value.slice(1, value.indexOf("]"));
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "");
  value = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value)?.[1] ?? value;
  return isIP(value) ? value : null;
}

function ipv6Groups(ip: string): number[] {
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  const text = v4 ? `${ip.slice(0, v4.index)}${((+v4[1]! << 8) | +v4[2]!).toString(16)}:${((+v4[3]! << 8) | +v4[4]!).toString(16)}` : ip;
  const [head = "", tail] = text.split("::");
  const groups = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  if (tail === undefined) return groups(head);
  const [left, right] = [groups(head), groups(tail)];
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * What a client is counted and recognised by: its IPv4 address, or its IPv6 /64. A subscriber's line is given a
 * whole /64, whose 2^64 addresses one client can rotate through at will, so an IPv6 address alone would let it
 * dodge every per-address limit.
 */
export function clientNetwork(ip: string): string {
  const address = normalizeIp(ip);
  if (!address) return ip;
  if (isIP(address) === 4) return address;
  return `${ipv6Groups(address).slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
}
