import "server-only";
import { eraseExpiredLeads } from "@/lib/leads/lead-erasure";
import { purgeQuarantinedLeads } from "@/lib/leads/purge-quarantined";
import { sweepOrphanedFiles, UNFINISHED_FILE_AGE_SECONDS } from "@/lib/leads/sweep-orphaned-files";
import { purgeExpiredRateLimits } from "@/lib/rate-limit/rate-limit";
import { getSettings } from "@/lib/settings/settings";
import { fileStorage, moveLegacyFiles } from "@/lib/storage/storage";
import type { Job } from "./runner";

/** The app's periodic work (the notification sender runs beside it: lib/jobs/background.ts). */
export const jobs: Job[] = [
  {
    name: "sweep-orphaned-files",
    // First, and due at once on the first start after an upgrade: files of the old layout move into place.
    everySeconds: 15 * 60,
    run: async () => {
      await moveLegacyFiles(new Date(Date.now() - UNFINISHED_FILE_AGE_SECONDS * 1000));
      return sweepOrphanedFiles(fileStorage);
    },
  },
  {
    name: "purge-quarantined-leads",
    everySeconds: 60 * 60,
    run: async () => purgeQuarantinedLeads(fileStorage, (await getSettings()).spamRetentionDays),
  },
  {
    name: "erase-expired-leads",
    everySeconds: 60 * 60,
    run: async () => eraseExpiredLeads((await getSettings()).leadRetentionDays),
  },
  {
    name: "purge-rate-limit-buckets",
    everySeconds: 15 * 60,
    // Longer than any rate-limit window a setting allows (at most one day).
    run: () => purgeExpiredRateLimits(24 * 60 * 60),
  },
];
