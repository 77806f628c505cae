import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { localDatabaseUrl } from "./local-database-only";
import { dropWorkerDatabases } from "./worker-databases";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
    workerUploadsDir: string;
  }
}

/**
 * The integration project's global setup. The database `npm test` migrated and seeded is the template that each
 * test file clones (tests/setup/worker-environment.ts), as Epic Stack copies a base database per worker; clones are dropped
 * with the upload folders at the end, and a killed run's leftovers at the next start, so a developer's
 * TEST_DATABASE_URL server does not pile up databases.
 */
export default async function setup(project: TestProject) {
  const templateUrl = localDatabaseUrl(process.env.DATABASE_URL);
  await dropWorkerDatabases(templateUrl);
  const uploadsDir = await mkdtemp(path.join(os.tmpdir(), "careport-worker-uploads-"));
  project.provide("templateDatabaseUrl", templateUrl);
  project.provide("workerUploadsDir", uploadsDir);
  return async () => {
    await dropWorkerDatabases(templateUrl);
    await rm(uploadsDir, { recursive: true, force: true });
  };
}
