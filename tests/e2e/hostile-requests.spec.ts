import { expect, test } from "@playwright/test";
import { consultationTextParts, multipartBody } from "@/tests/fixtures/multipart";
import { consultationFields } from "./support/consultation-request";
import { admin, editorOnly, signIn } from "./support/coordinator";

/** Requests an attacker or a broken client sends, against the production server: each ends in a 4xx, never a 5xx. */
const origin = new URL(process.env.APP_URL ?? "http://127.0.0.1:3100").origin;
// Not an id (a right-to-left override): it passes the server's check of the address and reaches the routes.
const probeId = "cm0000000000000000000000%E2%80%AE";

const multipart = (boundary: string, fields: ReturnType<typeof consultationFields>) =>
  multipartBody({ boundary, parts: consultationTextParts(fields) });

test("malformed consultation requests are refused with a 4xx and a translatable error", async ({ request }) => {
  const body = multipart("b", consultationFields());
  for (const contentType of ["multipart/form-data", "multipart/form-data;", "multipart/form-data; boundary=", "multipart/form-dataX; boundary=b"]) {
    const response = await request.post("/api/consultations", { headers: { origin, "content-type": contentType }, data: body });
    expect([400, 415], contentType).toContain(response.status());
    expect(await response.json()).toEqual({ error: "invalidRequest" });
  }
  const fields = consultationFields();
  const withNul = { ...fields, data: fields.data.replace("Test Patient", "Test\\u0000Patient") };
  const refused = await request.post("/api/consultations", {
    headers: { origin, "content-type": "multipart/form-data; boundary=b" },
    data: multipart("b", withNul),
  });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toEqual({ error: "validation", fields: { fullName: "invalidCharacters" } });
});

test("catalog pages at addresses no slug has are not found, not a server error", async ({ request }) => {
  for (const path of ["/ar/treatments/%D8%B9%D9%84%D8%A7%D8%AC", "/de/doctors/Dr%20Who", "/en/clinics/a%E2%80%AEb"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("addresses with broken percent-encoding or control characters are a 400, whatever the route", async ({ request }) => {
  for (const path of ["/uk/conditions/%C0%80", "/en/%ZZ", "/en/clinics/%00", "/ar/treatments/%1b%5b31m", "/api/admin/files/%C0%80", "/api/consultations/%E0%A4%A"]) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
});

test("probes of the workspace's routes without a session are refused, not a server error", async ({ request }) => {
  expect((await request.get(`/api/admin/files/${probeId}`)).status()).toBe(401);
  expect((await request.get("/api/admin/leads/export?q=%00&from=0000-01-01")).status()).toBe(401);
});

test("hostile query and route parameters in the workspace are ignored or not found, never a server error", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  await signIn(page, admin.password, admin.email);
  await expect(page).toHaveURL(/\/en\/admin\/leads$/);
  for (const path of ["/en/admin/leads?q=%00", "/en/admin/leads?from=0000-01-01&to=2026-02-31", "/en/admin/leads?assignee=%1b&page=1e309"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect((await page.goto(`/en/admin/leads/${probeId}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/admin/files/${probeId}`)).status()).toBe(404);
  const exported = await page.request.get("/api/admin/leads/export?q=%00");
  expect(exported.status()).toBe(400);
});

test("malformed and cross-site server action requests are a 4xx, and the action still works for the browser", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  const sent = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await signIn(page, editorOnly.password, editorOnly.email);
  await expect(page).toHaveURL(/\/en\/admin\/catalog$/);
  const actionId = (await sent).headers()["next-action"]!;
  const post = (headers: Record<string, string>, data: string, path = "/en/admin/sign-in") =>
    page.request.post(path, { headers: { origin, "content-type": "text/plain;charset=UTF-8", "next-action": actionId, ...headers }, data });
  // Replies React's decoder refuses: references to parts that were never sent, a bare "$", a thenable.
  for (const body of ["garbage", '["$K', '"$"', '["$Q1"]', '["$F1"]', '["$h1"]', '{"then":"$1:then"}']) {
    expect((await post({}, body)).status(), body).toBe(400);
  }
  expect((await post({ origin: "https://attacker.example" }, "[]")).status()).toBe(400);
  expect((await post({ origin: "null" }, "[]")).status()).toBe(400);
  expect((await post({ "content-type": "multipart/form-data" }, "x")).status()).toBe(400);
  expect((await post({}, "a".repeat(1024 * 1024 + 1))).status()).toBe(413);
  // A broken form posted to a page without any action of its own.
  const form = await page.request.post("/en", { headers: { "content-type": "multipart/form-data; boundary=b" }, data: '--b\r\nContent-Disposition: form-data; name="1_x"\r\n\r\nx' });
  expect(form.status()).toBe(400);
});
