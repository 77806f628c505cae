import "server-only";
import { logger } from "@/lib/logger";
import { db } from "@/lib/db";

export interface Job {
  name: string;
  everySeconds: number;
  run: () => Promise<unknown>;
}

const leaseSeconds = 300;

/**
 * Claims a due job for this process: a row per job with a lease, so that with several app instances each run
 * happens once. A crashed run's lease expires and the job runs again later.
 */
async function claim(job: Job): Promise<boolean> {
  await db.$executeRaw`INSERT INTO "ScheduledJob" ("name") VALUES (${job.name}) ON CONFLICT DO NOTHING`;
  const claimed = await db.$executeRaw`
    UPDATE "ScheduledJob" SET "leaseUntil" = now() + make_interval(secs => ${leaseSeconds})
    WHERE "name" = ${job.name}
      AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
      AND ("lastRunAt" IS NULL OR "lastRunAt" <= now() - make_interval(secs => ${job.everySeconds}))`;
  return claimed === 1;
}

/** Runs every due job once; returns the names of the jobs this call ran. */
export async function runDueJobs(jobs: Job[]): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    if (!(await claim(job))) continue;
    let lastError: string | null = null;
    try {
      await job.run();
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      logger.error({ err: error, job: job.name }, "A job failed");
    }
    await db.scheduledJob.update({
      where: { name: job.name },
      data: { lastRunAt: new Date(), leaseUntil: null, lastError },
    });
    ran.push(job.name);
  }
  return ran;
}

/** Checks for due jobs every `pollSeconds` until stopped. */
export function startJobLoop(jobs: Job[], pollSeconds = 30): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueJobs(jobs);
    } catch (error) {
      logger.error({ err: error }, "The job runner could not reach the database");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, pollSeconds * 1000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
