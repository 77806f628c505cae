import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

let client: PrismaClient | undefined;

/**
 * The notification worker's own small connection pool, apart from the one web requests share: a burst of requests
 * holding every app connection cannot keep the worker from claiming, renewing and recording what it sends.
 */
export function workerDb(): PrismaClient {
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 4 }) });
  return client;
}
