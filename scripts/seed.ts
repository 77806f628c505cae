import { withDevelopmentDatabase } from "./lib/development-database";
import { applyDevelopmentEnvironment } from "./lib/development-secrets";
import { prepareDatabase } from "./lib/prepare-database";

await withDevelopmentDatabase(async (databaseUrl) => {
  await applyDevelopmentEnvironment(databaseUrl);
  await prepareDatabase(databaseUrl, { forceSeed: true });
});
