import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";

export const dataDir = path.resolve(".data");

/**
 * Runs `work` against DATABASE_URL when it is set, else against the embedded development database under .data/.
 * Only development tooling calls this: production never starts its own database. When `npm run dev` is running, its
 * database is used as it is.
 */
export async function withDevelopmentDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  if (process.env.NODE_ENV === "production") {
    throw new Error("DATABASE_URL is not set. In production, point it at your PostgreSQL server.");
  }
  console.log("DATABASE_URL is not set: using the development database in .data/postgres.");
  const database = await startEmbeddedPostgres({
    directory: path.join(dataDir, "postgres"),
    database: "careport",
    persistent: true,
  });
  try {
    return await work(database.databaseUrl);
  } finally {
    await database.stop();
  }
}
