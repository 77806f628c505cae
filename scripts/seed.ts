import path from "node:path";
import { withDevelopmentDatabase } from "./lib/development-database";
import { applyDevelopmentEnvironment } from "./lib/development-secrets";
import { prepareDatabase } from "./lib/prepare-database";

/** `npm run db:seed [content file]`: imports prisma/content/catalog.json, or the file given, and prints what changed. */
const contentFile = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
const { InvalidContentFileError } = await import("../prisma/seed");

await withDevelopmentDatabase(async (databaseUrl) => {
  await applyDevelopmentEnvironment(databaseUrl);
  try {
    await prepareDatabase(databaseUrl, { forceSeed: true, contentFile });
  } catch (error) {
    if (!(error instanceof InvalidContentFileError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
});
