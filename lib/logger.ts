import pino, { type DestinationStream } from "pino";
import { currentRequestId } from "@/lib/observability/request-context";
import { safeForLog } from "@/lib/observability/safe-for-log";
import { databaseErrorCodes } from "@/lib/observability/unavailable";

/**
 * The one logger: JSON lines on stdout, each with the id of the request it belongs to. Log ids, codes and counts,
 * never what a person typed (names, emails, messages, search text) or an address.
 */
export function createLogger(destination?: DestinationStream, level = defaultLevel()) {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      serializers: { err: serializeError },
    },
    destination,
  );
}

const defaultLevel = () => process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");

export const logger = createLogger();

/**
 * Errors are logged by type, code and stack only. Driver and ORM messages can quote the values of a failed query,
 * which may be a patient's data, so their message is left out.
 */
export function serializeError(error: unknown) {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code } = error as { code?: unknown };
  const quotesValues = /Prisma|DriverAdapter|DatabaseError/.test(error.constructor.name);
  return {
    type: error.constructor.name,
    code: typeof code === "string" ? safeForLog(code) : undefined,
    message: quotesValues ? undefined : safeForLog(error.message, 500),
    database: databaseErrorCodes(error),
    stack: error.stack?.split("\n").slice(1, 8).map((line) => line.trim()),
  };
}
