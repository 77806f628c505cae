/**
 * Whether an error means a dependency is down or overloaded (the database, file storage) rather than a bug. Those
 * answer 503 with Retry-After, since the same request can succeed later; everything else is a 500.
 */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
// PostgreSQL SQLSTATE: 08 connection exception, 53 insufficient resources, 57P0x shutdown, 40001/40P01 retry.
const postgresStates = /^(08...|53...|57P0[1-4]|40001|40P01)$/;
const systemCodes = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "EPIPE",
  "ENOSPC", "EDQUOT", "EIO", "EROFS", "EMFILE", "ENFILE", "EACCES", "EPERM",
]);

interface MaybeCoded {
  code?: unknown;
  kind?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
}

export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, kind, cause, meta } = error as MaybeCoded;
  if (typeof code === "string" && (prismaCodes.has(code) || systemCodes.has(code) || postgresStates.test(code))) return true;
  if (typeof kind === "string" && adapterKinds.has(kind)) return true;
  return isUnavailable(meta?.driverAdapterError?.cause, depth + 1) || isUnavailable(cause, depth + 1);
}

/** What of a database error can be logged: its codes, never its message, which can quote a patient's data. */
export function databaseErrorCodes(error: unknown): Record<string, string> | undefined {
  const { meta } = (error ?? {}) as { meta?: { modelName?: unknown; target?: unknown; driverAdapterError?: { cause?: MaybeCoded } } };
  if (!meta) return undefined;
  const cause = meta.driverAdapterError?.cause;
  const codes = { model: meta.modelName, target: meta.target, kind: cause?.kind, state: cause?.code };
  return Object.fromEntries(Object.entries(codes).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
