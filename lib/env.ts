import { parseEnv } from "./env-schema";

/** The environment, validated once at start-up (next.config.ts imports this, so a bad value fails build and start). */
export const env = parseEnv(process.env);
