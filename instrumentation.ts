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
// is logged without its query string, which can hold a search for a patient's name.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { safeForLog }] = await Promise.all([import("./lib/logger"), import("./lib/observability/safe-for-log")]);
  const path = safeForLog(request.path.split("?")[0] ?? "", 300);
  logger.error({ err: error, method: request.method, path, route: context.routePath, routeType: context.routeType }, "Request failed");
};
