import { expect, test, type APIResponse, type BrowserContext } from "@playwright/test";
import { consultationPart } from "@/lib/validation/consultation-request";
import { signIn } from "./support/coordinator";
import { consultationFields } from "./support/consultation-request";
import { queryDatabase } from "./support/database";
import { actAsNewVisitor } from "./support/visitor";

/**
 * The headers of each kind of response `next start` sends (it runs in production): statically generated pages,
 * pages rendered per request, redirects, a 404, route handlers, static files, metadata files. In the browser, the
 * pages run under their policies without a single violation.
 */
const appUrl = new URL(process.env.APP_URL ?? "http://127.0.0.1:3100");
// A 1×1 PNG: a file a coordinator can preview.
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

test.beforeEach(({ page }) => actAsNewVisitor(page));

function expectOnEveryResponse(response: APIResponse) {
  const headers = response.headers();
  const what = `${response.status()} ${response.url()}`;
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["permissions-policy"], what).toMatch(/^camera=\(\), microphone=\(\), geolocation=\(\)/);
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(headers["strict-transport-security"], what).toBe("max-age=63072000; includeSubDomains");
  expect(headers["x-powered-by"], what).toBeUndefined();
  expect(headers["content-security-policy"], what).toBeDefined();
}

function directives(response: APIResponse) {
  const policy = response.headers()["content-security-policy"] ?? "";
  return new Map(policy.split(";").map((directive) => {
    const [name = "", ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }));
}

/** The policy every page shares; `scripts` is the static one's script-src, or "nonce" for a page rendered per request. */
function expectPagePolicy(response: APIResponse, scripts: "static" | "nonce") {
  expectOnEveryResponse(response);
  const policy = directives(response);
  const what = `${response.status()} ${response.url()}`;
  expect(Object.fromEntries([...policy].filter(([name]) => name !== "script-src")), what).toEqual({
    "default-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    // Only where the public origin is https: here it would send the browser's requests to a port without TLS.
    ...(appUrl.protocol === "https:" ? { "upgrade-insecure-requests": [] } : {}),
  });
  if (scripts === "static") {
    expect(policy.get("script-src"), what).toEqual(["'self'", "'unsafe-inline'"]);
  } else {
    expect(policy.get("script-src"), what).toEqual(["'self'", expect.stringMatching(/^'nonce-[\w+/]{22}=='$/), "'strict-dynamic'"]);
    // A nonce is for one response only: no shared cache may hand it to someone else.
    expect(response.headers()["cache-control"], what).toMatch(/^private, .*no-store/);
  }
}

function expectWorkspace(response: APIResponse) {
  expectPagePolicy(response, "nonce");
  expect(response.headers()["x-robots-tag"], response.url()).toBe("noindex, nofollow");
}

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

test("statically generated pages keep the static policy and stay cacheable", async ({ request }) => {
  for (const path of ["/en", "/en/treatments/y90-radioembolization", "/ar", "/ar/clinics/veloria-hepatobiliary-centre"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectPagePolicy(response, "static");
    // Still generated at build time: a page made dynamic would be sent as private, no-store.
    expect(response.headers()["cache-control"], path).toMatch(/^s-maxage=3600\b/);
    expect(response.headers()["x-robots-tag"], path).toBeUndefined();
  }
  const missing = await request.get("/en/no-such-page");
  expect(missing.status()).toBe(404);
  expectPagePolicy(missing, "static");
});

test("pages rendered per request put a new nonce on every script", async ({ request }) => {
  const nonces: string[] = [];
  for (const path of ["/en/admin/sign-in", "/en/admin/sign-in", "/en/consultation"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectPagePolicy(response, "nonce");
    const nonce = nonceOf(response)!;
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(3);
    for (const script of scripts) expect(script, path).toContain(` nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
  expectWorkspace(await request.get("/en/admin/sign-in"));
  expect((await request.get("/en/consultation")).headers()["x-robots-tag"]).toBeUndefined();
});

test("the workspace's redirects are neither cached nor indexed", async ({ request }) => {
  const redirects = {
    "/admin": "/en/admin",
    "/en/admin": "/en/admin/sign-in?next=%2Fen%2Fadmin",
    "/en/admin/leads": "/en/admin/sign-in?next=%2Fen%2Fadmin%2Fleads",
  };
  for (const [path, location] of Object.entries(redirects)) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe(location);
    expectWorkspace(response);
  }
});

test("route handlers, static files and metadata files carry the headers too", async ({ request }) => {
  const token = await request.get("/api/consultations/form-token");
  expect(token.status()).toBe(200);
  expectPagePolicy(token, "static");

  const crossSite = await request.post("/api/consultations", {
    headers: { origin: "https://evil.example" },
    multipart: consultationFields(),
  });
  expect(crossSite.status()).toBe(403);
  expectPagePolicy(crossSite, "static");

  // The file route keeps its own policy: next.config.ts would otherwise replace it.
  const file = await request.get("/api/admin/files/some-id");
  expect(file.status()).toBe(401);
  expectOnEveryResponse(file);
  expect(file.headers()["content-security-policy"]).toBe("sandbox");

  const script = /\/_next\/static\/[^"]+\.js/.exec(await (await request.get("/en")).text())![0];
  for (const path of [script, "/robots.txt", "/sitemap.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectPagePolicy(response, "static");
  }
});

/** Every policy violation and policy error the browser reports, in any page or tab of the context. */
async function watchPolicyReports(context: BrowserContext) {
  const reports: string[] = [];
  context.on("console", (message) => {
    if (/Content.Security.Policy|Permissions.Policy/i.test(message.text())) reports.push(message.text());
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return reports;
}

test("public pages and the workspace work under their policies without a violation", async ({ page, context, request }) => {
  const reports = await watchPolicyReports(context);
  const reply = await request.post("/api/consultations", {
    headers: { origin: appUrl.origin, "x-forwarded-for": `192.0.2.${1 + Math.floor(Math.random() * 254)}` },
    multipart: { ...consultationFields(), [consultationPart.files]: { name: "scan.png", mimeType: "image/png", buffer: png } },
  });
  expect(reply.status()).toBe(201);
  const [file] = await queryDatabase<{ id: string; leadId: string }>(
    `SELECT f.id, f."leadId" FROM "LeadFile" f JOIN "Lead" l ON l.id = f."leadId" WHERE l.reference = $1`,
    [(await reply.json()).reference],
  );

  // A static page loads the compact form's code when asked; the consultation page hydrates under its nonce.
  await page.goto("/en/treatments/thermal-ablation");
  await page.getByRole("button", { name: "Fill in the form here" }).click();
  await expect(page.locator("form[data-ready]")).toBeVisible();
  await page.goto("/en/consultation");
  await expect(page.locator("form[data-ready]")).toBeVisible();

  await page.goto(`/en/admin/leads/${file!.leadId}`);
  await signIn(page);
  await expect(page).toHaveURL(`/en/admin/leads/${file!.leadId}`);
  const signedIn = await page.request.get(`/en/admin/leads/${file!.leadId}`);
  expect(signedIn.status()).toBe(200);
  expectWorkspace(signedIn);

  // The preview opens in a tab of its own, still under the route's sandbox.
  const opening = context.waitForEvent("page");
  await page.getByRole("link", { name: "Preview scan.png" }).click();
  const preview = await opening;
  await preview.waitForLoadState();
  const previewResponse = await page.request.get(`/api/admin/files/${file!.id}?preview=1`);
  expect(previewResponse.headers()["content-disposition"]).toMatch(/^inline;/);
  expectOnEveryResponse(previewResponse);
  expect(previewResponse.headers()["content-security-policy"]).toBe("sandbox");
  await expect(preview.locator("img")).toHaveJSProperty("naturalWidth", 1);

  // A server action and the client navigation after it, under the nonce policy.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  expect(reports).toEqual([]);
});
