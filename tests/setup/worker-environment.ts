import { mkdir } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";
import { localDatabaseUrl } from "./local-database-only";
import { workerDatabase } from "./worker-databases";

// The first setup file: lib/env.ts reads these once, when a test first imports lib/db.ts or the file storage.
// Each worker has a database and an upload folder of its own, so test files running in parallel cannot see or sweep
// away each other's rows, settings and files; a child process a test spawns inherits both.
const worker = process.env.VITEST_POOL_ID ?? "1";
process.env.DATABASE_URL = await workerDatabase(localDatabaseUrl(inject("templateDatabaseUrl")), worker);
process.env.UPLOAD_DIR = path.join(inject("workerUploadsDir"), worker);
await mkdir(process.env.UPLOAD_DIR, { recursive: true });
