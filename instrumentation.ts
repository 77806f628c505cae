import type { Instrumentation } from "next";

// Next.js calls register() once per server process. Background work runs only in the Node.js runtime of a real
// server, never while `next build` pre-renders pages, and is guarded against a second start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const globalForBackground = globalThis as { careportBackgroundStarted?: boolean };
  if (globalForBackground.careportBackgroundStarted) return;
  globalForBackground.careportBackgroundStarted = true;
  const { startBackgroundWork } = await import("./lib/jobs/background");
  startBackgroundWork();
}

// Errors Next.js caught in a page, an action or a route handler, logged as JSON with the request's id. The path
// is logged without its query string, which can hold a search for a patient's name. A server action request Next.js
// could not decode is the sender's fault (answered 400, scripts/lib/server-action-faults.ts): a warning, not an error.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { safeForLog }, { isUndecodedServerAction }] = await Promise.all([
    import("./lib/logger"),
    import("./lib/observability/safe-for-log"),
    import("./lib/observability/request-context"),
  ]);
  const path = safeForLog(request.path.split("?")[0] ?? "", 300);
  const fields = { err: error, method: request.method, path, route: context.routePath, routeType: context.routeType };
  if (isUndecodedServerAction()) logger.warn(fields, "Refused a server action request that could not be decoded");
  else logger.error(fields, "Request failed");
};
