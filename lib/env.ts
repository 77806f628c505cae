import { z } from "zod";

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// connection URL" });
const secret = z.string().min(32, "must be at least 32 characters (generate one with `openssl rand -base64 48`)");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: postgresUrl,
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    SESSION_SECRET: secret,
    HASH_SECRET: secret,
  })
  .refine((env) => env.NODE_ENV !== "production" || env.APP_URL, {
    path: ["APP_URL"],
    message: "is required in production: the public origin, e.g. https://careport.example",
  });

export type Env = z.infer<typeof envSchema> & { APP_URL: string };

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    const hint =
      process.env.NODE_ENV === "production"
        ? "Set them in the environment; only `npm run dev` starts an embedded database and generates development secrets."
        : "Start the app with `npm run dev`: it starts an embedded database and generates development secrets into .data/.";
    throw new Error(`Invalid environment:\n${problems.join("\n")}\n${hint}`);
  }
  return { ...parsed.data, APP_URL: (parsed.data.APP_URL ?? "http://localhost:3000").replace(/\/$/, "") };
}

export const env = loadEnv();
