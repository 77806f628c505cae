import pg from "pg";

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
const workerPrefix = (templateUrl: string) => `${databaseName(templateUrl)}_worker_`;

function onDatabase(templateUrl: string, name: string) {
  const url = new URL(templateUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** Runs `work` on the server's maintenance database: a session on the template would keep it from being cloned. */
async function onServer<T>(templateUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: onDatabase(templateUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The database of one test file's worker process, named by `id` (digits and "_"): a clone of the migrated and seeded
 * test database, created the first time it is asked for.
 */
export async function workerDatabase(templateUrl: string, id: string): Promise<string> {
  const name = `${workerPrefix(templateUrl)}${id}`;
  await onServer(templateUrl, async (client) => {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (existing.rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(databaseName(templateUrl))}`);
  });
  return onDatabase(templateUrl, name);
}

/** Drops every worker database cloned from this template, those of a run that was killed included. */
export async function dropWorkerDatabases(templateUrl: string): Promise<void> {
  const prefix = workerPrefix(templateUrl);
  await onServer(templateUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    for (const { datname } of rows) {
      if (/^[\d_]+$/.test(datname.slice(prefix.length))) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    }
  });
}
