import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  isAdminPath,
  newNonce,
  perRequestPageHeaders,
  policyOptions,
  rendersPerRequest,
  securityHeaders,
} from "./headers";

const production = { production: true, upgradeInsecureRequests: false };
const scriptSources = (policy: string) => policy.split("; ").find((directive) => directive.startsWith("script-src "));

describe("contentSecurityPolicy", () => {
  it("allows inline scripts without a nonce, and only scripts with the nonce when there is one", () => {
    expect(scriptSources(contentSecurityPolicy(production))).toBe("script-src 'self' 'unsafe-inline'");
    expect(scriptSources(contentSecurityPolicy({ ...production, nonce: "abc123" }))).toBe(
      "script-src 'self' 'nonce-abc123' 'strict-dynamic'",
    );
  });

  it("keeps the rest strict, and allows eval only in development", () => {
    const policy = contentSecurityPolicy(production);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy.split("; ")).toContain(directive);
    }
    expect(policy).not.toContain("unsafe-eval");
    expect(scriptSources(contentSecurityPolicy({ ...production, production: false }))).toContain("'unsafe-eval'");
  });

  it("upgrades insecure requests only when asked to", () => {
    expect(contentSecurityPolicy(production)).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...production, upgradeInsecureRequests: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe("policyOptions", () => {
  it("follows NODE_ENV and the scheme of the public origin", () => {
    expect(policyOptions({ NODE_ENV: "production", APP_URL: "https://careport.example" })).toEqual({
      production: true,
      upgradeInsecureRequests: true,
    });
    expect(policyOptions({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:3100" })).toEqual(production);
    expect(policyOptions({ NODE_ENV: "development", APP_URL: "http://localhost:3000" }).production).toBe(false);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS in production only", () => {
    expect(securityHeaders({ production: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(securityHeaders({ production: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ production: false })).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
  });
});

describe("pages rendered per request", () => {
  it("are the workspace, the consultation pages and the clinics list, in every locale", () => {
    const perRequest = ["/en/admin", "/ar/admin/leads/abc", "/admin", "/de/consultation", "/uk/consultation/thank-you", "/ru/clinics"];
    for (const path of perRequest) expect(rendersPerRequest(path), path).toBe(true);
    const generated = ["/en", "/en/clinics/some-clinic", "/en/treatments/y90-radioembolization", "/en/administrator", "/en/consultations"];
    for (const path of [...generated, "/fr/admin"]) expect(rendersPerRequest(path), path).toBe(false);
  });

  it("are never shared-cached, and the workspace is never indexed", () => {
    expect(perRequestPageHeaders("/en/consultation", "policy")).toEqual({
      "Content-Security-Policy": "policy",
      "Cache-Control": "private, no-store",
    });
    expect(isAdminPath("/en/admin/sign-in")).toBe(true);
    expect(perRequestPageHeaders("/en/admin/sign-in", "policy")["X-Robots-Tag"]).toBe("noindex, nofollow");
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, new each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
