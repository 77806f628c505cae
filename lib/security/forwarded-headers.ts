import type { IncomingHttpHeaders } from "node:http";
import { normalizeIp } from "./ip-address";
import { isTrustedHop, type ProxyTrust } from "./trusted-proxies";

export interface ForwardedClient {
  ip: string;
  host: string | undefined;
  protocol: "http" | "https";
}

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value);
const firstEntry = (value: string | string[] | undefined) => headerText(value)?.split(",")[0]?.trim() || undefined;

/**
 * The client as this server can know it. From the socket's peer, walk X-Forwarded-For from the right while each
 * address is a trusted proxy; the first untrusted address is the client (Express's `trust proxy`). An entry that
 * is not an address ends the walk at the proxy that wrote it. Host and protocol come from X-Forwarded-Host/-Proto
 * only when the peer itself is trusted.
 */
export function resolveForwardedClient(
  connection: { peer: string | undefined; encrypted: boolean },
  headers: IncomingHttpHeaders,
  trust: ProxyTrust,
): ForwardedClient {
  const peer = normalizeIp(connection.peer ?? "") ?? "unknown";
  const chain = (headerText(headers["x-forwarded-for"]) ?? "").split(",").filter((entry) => entry.trim()).reverse();
  let ip = peer;
  for (const [index, entry] of chain.entries()) {
    if (!isTrustedHop(ip, index, trust)) break;
    const next = normalizeIp(entry);
    if (!next) break;
    ip = next;
  }
  const peerTrusted = isTrustedHop(peer, 0, trust);
  const forwardedProtocol = peerTrusted ? firstEntry(headers["x-forwarded-proto"])?.toLowerCase() : undefined;
  return {
    ip,
    host: (peerTrusted && firstEntry(headers["x-forwarded-host"])) || headers.host,
    protocol: forwardedProtocol === "https" || forwardedProtocol === "http" ? forwardedProtocol : connection.encrypted ? "https" : "http",
  };
}

const clientChosen = ["forwarded", "x-real-ip", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/**
 * Replaces whatever forwarding headers arrived with the ones this server vouches for, before the app sees the
 * request: X-Forwarded-For is then exactly one address, the client's (lib/security/client-ip.ts reads it).
 */
export function applyForwardedHeaders(headers: IncomingHttpHeaders, client: ForwardedClient) {
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- Node's headers object, not a dictionary of ours: a fixed list of names goes
  for (const name of clientChosen) delete headers[name];
  headers["x-forwarded-for"] = client.ip;
  headers["x-forwarded-proto"] = client.protocol;
  if (client.host) headers["x-forwarded-host"] = client.host;
}
