import { randomInt } from "node:crypto";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";
import { localDatabaseUrl } from "./local-database-only";
import { workerDatabase } from "./worker-databases";

// The first setup file: lib/env.ts reads these once, when a test first imports lib/db.ts or the file storage.
// Each test file has a database and an upload folder of its own, so files running in parallel cannot see or sweep
// away each other's rows, settings and files; a child process a test spawns inherits both. Named by the process and
// a random number, not VITEST_POOL_ID: when projects run one after another, vitest 4.1 can hand two running files the
// same pool id (a full `npm test` put two files on one database that way).
const worker = `${process.pid}_${randomInt(1e9)}`;
process.env.DATABASE_URL = await workerDatabase(localDatabaseUrl(inject("templateDatabaseUrl")), worker);
process.env.UPLOAD_DIR = path.join(inject("workerUploadsDir"), worker);
await mkdir(process.env.UPLOAD_DIR, { recursive: true });
