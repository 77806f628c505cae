import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const valid = {
  DATABASE_URL: "postgresql://careport:secret@db.internal:5432/careport",
  SESSION_SECRET: "s".repeat(48),
  HASH_SECRET: "h".repeat(48),
  FILE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

describe("parseEnv", () => {
  it("defaults APP_URL to localhost outside production", () => {
    expect(parseEnv({ ...valid, NODE_ENV: "development" }).APP_URL).toBe("http://localhost:3000");
  });

  it("requires APP_URL and SMTP_URL in production and names them", () => {
    const production = { ...valid, NODE_ENV: "production", SMTP_URL: "smtps://user:secret@smtp.example:465" };
    expect(() => parseEnv({ ...production, APP_URL: undefined })).toThrow(/APP_URL: is required in production/);
    expect(() => parseEnv({ ...production, APP_URL: "https://careport.example", SMTP_URL: undefined })).toThrow(
      /SMTP_URL: is required in production/,
    );
    expect(parseEnv({ ...production, APP_URL: "https://careport.example/" }).APP_URL).toBe("https://careport.example");
  });

  it("captures mail locally in development when no SMTP server is configured", () => {
    const development = parseEnv({ ...valid, NODE_ENV: "development" });
    expect(development.SMTP_URL).toBeUndefined();
    expect(development.MAIL_CAPTURE_DIR).toBe(".data/mail");
  });

  it("requires a 256-bit file encryption key", () => {
    expect(() => parseEnv({ ...valid, FILE_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).toThrow(
      /FILE_ENCRYPTION_KEY: must be 32 random bytes/,
    );
  });

  it("trusts no proxy by default and refuses a TRUSTED_PROXIES it cannot read", () => {
    expect(parseEnv(valid).TRUSTED_PROXIES).toBe("");
    expect(parseEnv({ ...valid, TRUSTED_PROXIES: "10.0.0.0/8, ::1, loopback" }).TRUSTED_PROXIES).toBe("10.0.0.0/8, ::1, loopback");
    expect(() => parseEnv({ ...valid, TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES: must be a number of proxy hops/);
  });

  it("lists every missing or malformed variable at once", () => {
    const attempt = () => parseEnv({ NODE_ENV: "production", DATABASE_URL: "mysql://x", SESSION_SECRET: "short" });
    expect(attempt).toThrow(/DATABASE_URL: must be a postgresql:\/\/ connection URL/);
    expect(attempt).toThrow(/SESSION_SECRET: must be at least 32 characters/);
    expect(attempt).toThrow(/HASH_SECRET: is required/);
    expect(attempt).toThrow(/FILE_ENCRYPTION_KEY: is required/);
  });

  it("says in English what a variable without its own message should be", () => {
    expect(() => parseEnv({ ...valid, NODE_ENV: "staging" })).toThrow(/NODE_ENV: Invalid option: expected one of "development"\|"test"\|"production"/);
    expect(() => parseEnv({ ...valid, HEADERS_TIMEOUT_SECONDS: "0" })).toThrow(/HEADERS_TIMEOUT_SECONDS: Too small: expected number to be >0/);
  });
});
