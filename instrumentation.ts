// Next.js calls register() once per server process. Background jobs run only in the Node.js runtime of a real
// server, never while `next build` pre-renders pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const globalForJobs = globalThis as { careportJobsStarted?: boolean };
  if (globalForJobs.careportJobsStarted) return;
  globalForJobs.careportJobsStarted = true;
  const [{ startJobLoop }, { jobs }] = await Promise.all([import("./lib/jobs/runner"), import("./lib/jobs/jobs")]);
  startJobLoop(jobs);
}
