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
