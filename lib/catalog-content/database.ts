import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The client or an interactive transaction's client: reading and applying work on either. */
export type CatalogDatabase = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
