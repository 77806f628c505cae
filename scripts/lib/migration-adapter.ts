import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type SqlDriverAdapter, type SqlQueryable } from "@prisma/driver-adapter-utils";

const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

type PgField = { dataTypeID: number };
type PerformIO = (query: unknown) => Promise<{ fields: PgField[]; rows: unknown[] }>;
type Patchable = SqlQueryable & { performIO: PerformIO; startTransaction?: (level?: string) => Promise<Patchable> };

/**
 * The schema engine reads pg_catalog columns of type "char" (OID 18) and name (OID 19), which adapter-pg rejects
 * (prisma/orm#27403). Report name as text and "char" as Character; mapping "char" to text makes the engine panic.
 */
function acceptCatalogTypes<T extends Patchable>(queryable: T): T {
  const originalQueryRaw = queryable.queryRaw;
  queryable.queryRaw = async function (query) {
    const charColumns: number[] = [];
    const performIO: PerformIO = async (q) => {
      const result = await queryable.performIO(q);
      result.fields.forEach((field, index) => {
        if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
        if (field.dataTypeID === CHAR_OID) {
          field.dataTypeID = TEXT_OID;
          charColumns.push(index);
        }
      });
      return result;
    };
    const result = await originalQueryRaw.call(Object.create(queryable, { performIO: { value: performIO } }), query);
    for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (level) => acceptCatalogTypes(await startTransaction(level));
  }
  return queryable;
}

/**
 * A migration-aware adapter factory for the Wasm schema engine. It builds connections from discrete fields because
 * PrismaPg.connectToShadowDb() spreads `database` next to `connectionString`, and pg lets the string win: the
 * "shadow" database would silently be the main one. It also drops the shadow database only after its pool is closed.
 */
export function migrationAdapterFactory(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const config: pg.PoolConfig = {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    max: 4,
  };
  const connect = async (poolConfig: pg.PoolConfig) =>
    acceptCatalogTypes((await new PrismaPg(poolConfig).connect()) as unknown as Patchable & SqlDriverAdapter);
  // Freeing the engine leaves its connections open, idle for pg's 10 s: a database with a session on it cannot be
  // cloned (the integration tests' template) or dropped meanwhile. `disconnect()` ends them.
  const open = new Set<SqlDriverAdapter>();
  const connectTracked = async () => {
    const adapter = await connect(config);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (open.delete(adapter)) await dispose();
    };
    open.add(adapter);
    return adapter;
  };

  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: connectTracked,
    disconnect: () => Promise.all([...open].map((adapter) => adapter.dispose())),
    async connectToShadowDb() {
      const shadowName = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client(config);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${shadowName}"`);
      await admin.end();
      const shadow = await connect({ ...config, database: shadowName });
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client(config);
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
        await dropper.end();
      };
      return shadow;
    },
  };
}
