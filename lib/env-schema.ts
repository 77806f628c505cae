import * as z from "./validation/zod";
import { parseTrustedProxies, TRUSTED_PROXIES_FORMAT } from "./security/trusted-proxies";
import { DEFAULT_UPLOAD_PACE } from "./uploads/upload-pace";

// Zod Mini has no messages of its own, so pages don't ship them. Server processes, which all parse the environment
// at start, keep Zod's English ones for issues without a message of ours: operators read them here and in admin:create.
z.config(z.englishMessages());

const required = (message: string) => (issue: { input: unknown }) => (issue.input === undefined ? "is required" : message);

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: required("must be a postgresql:// connection URL") });
const secret = z
  .string({ error: required("must be a string") })
  .check(z.minLength(32, "must be at least 32 characters (generate one with `openssl rand -base64 48`)"));

const envSchema = z
  .object({
    NODE_ENV: z._default(z.enum(["development", "test", "production"]), "development"),
    DATABASE_URL: postgresUrl,
    APP_URL: z.optional(z.url({ protocol: /^https?$/ })),
    SESSION_SECRET: secret,
    HASH_SECRET: secret,
    FILE_ENCRYPTION_KEY: z.string({ error: required("must be a string") }).check(
      z.refine((value) => Buffer.from(value, "base64").length === 32, {
        message: "must be 32 random bytes, base64-encoded (generate one with `openssl rand -base64 32`)",
      }),
    ),
    UPLOAD_DIR: z._default(z.string(), ".data/uploads"),
    /** smtp(s)://user:pass@host:port — without it (development only) mail is written to MAIL_CAPTURE_DIR. */
    SMTP_URL: z.optional(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })),
    MAIL_FROM: z._default(z.string(), "Careport <no-reply@careport.localhost>"),
    MAIL_CAPTURE_DIR: z._default(z.string(), ".data/mail"),
    /** "off" on web instances when `npm run worker` sends the mail instead. */
    NOTIFICATION_WORKER: z._default(z.enum(["on", "off"]), "on"),
    /** Proxies whose X-Forwarded-For/-Host/-Proto the production server believes; none by default. */
    TRUSTED_PROXIES: z._default(z.string(), "").check(
      z.refine((value) => {
        try {
          return Boolean(parseTrustedProxies(value));
        } catch {
          return false;
        }
      }, TRUSTED_PROXIES_FORMAT),
    ),
    /** The slowest upload the server keeps receiving (lib/uploads/upload-pace.ts); tests shorten the window. */
    UPLOAD_MIN_BYTES_PER_SECOND: z._default(z.coerce.number().check(z.int(), z.positive()), DEFAULT_UPLOAD_PACE.minBytesPerSecond),
    UPLOAD_PACE_WINDOW_SECONDS: z._default(z.coerce.number().check(z.positive()), DEFAULT_UPLOAD_PACE.windowSeconds),
    /** How long `npm start` waits for a request's headers. */
    HEADERS_TIMEOUT_SECONDS: z._default(z.coerce.number().check(z.positive()), 20),
  })
  .check(
    z.refine((env) => env.NODE_ENV !== "production" || env.APP_URL, {
      path: ["APP_URL"],
      message: "is required in production: the public origin, e.g. https://careport.example",
    }),
    z.refine((env) => env.NODE_ENV !== "production" || env.SMTP_URL, {
      path: ["SMTP_URL"],
      message: "is required in production, e.g. smtps://user:password@smtp.example:465 (only development captures mail in files)",
    }),
  );

export type Env = z.infer<typeof envSchema> & { APP_URL: string };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    const hint =
      source.NODE_ENV === "production"
        ? "Set them in the environment; only `npm run dev` starts an embedded database and generates development secrets."
        : "Start the app with `npm run dev`: it starts an embedded database and generates development secrets into .data/.";
    throw new Error(`Invalid environment:\n${problems.join("\n")}\n${hint}`);
  }
  return { ...parsed.data, APP_URL: (parsed.data.APP_URL ?? "http://localhost:3000").replace(/\/$/, "") };
}

