import { expect, test } from "@playwright/test";

test("/favicon.ico is an icon, and pages link to it", async ({ request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/^image\//);
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an ICO file's header

  for (const path of ["/en", "/ar/consultation", "/en/admin/sign-in"]) {
    const html = await (await request.get(path)).text();
    const href = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
    expect(href, path).toMatch(/^\/favicon\.ico/);
    expect((await request.get(href!)).status(), path).toBe(200);
  }
});

test("pages load without a console error", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  for (const path of ["/en", "/de/treatments/tace-chemoembolization", "/ar/consultation", "/en/admin/sign-in"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});
