import { expect, test } from "@playwright/test";
import { queryDatabase } from "./support/database";
import { startProductionServer } from "./support/production-server";

const slug = "saebyeol-liver-centre";
const path = `/en/clinics/${slug}`;
const descriptionOf = async (origin: string) => {
  const html = await (await fetch(`${origin}${path}`)).text();
  return /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
};
/** Changes the clinic's description as publishing would, announcing it or not. */
async function setDescription(description: string, announce: boolean) {
  await queryDatabase(
    `UPDATE "ClinicTranslation" SET "metaDescription" = $1 WHERE "locale" = 'en' AND "clinicId" = (SELECT "id" FROM "Clinic" WHERE "slug" = $2)`,
    [description, slug],
  );
  if (announce) await queryDatabase(`SELECT pg_notify('pages_changed', '')`);
}

test("a published catalog change reaches the statically generated pages of every instance within seconds, without a rebuild", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const second = startProductionServer({});
  const origins = [baseURL!, `http://127.0.0.1:${await second.listening}`];
  // A starting instance refreshes its pages once, in case it missed a signal while it was down: let that pass first.
  await expect.poll(second.output, { timeout: 15_000 }).toContain("Public pages marked for refresh");
  const [original] = await queryDatabase<{ metaDescription: string }>(
    `SELECT "metaDescription" FROM "ClinicTranslation" WHERE "locale" = 'en' AND "clinicId" = (SELECT "id" FROM "Clinic" WHERE "slug" = $1)`,
    [slug],
  );
  try {
    for (const origin of origins) expect(await descriptionOf(origin)).toBe(original!.metaDescription);

    // Written without the signal: the pages keep what they were generated with.
    await setDescription(`${original!.metaDescription} Unannounced.`, false);
    for (const origin of origins) expect(await descriptionOf(origin)).toBe(original!.metaDescription);

    const published = `${original!.metaDescription} Refreshed.`;
    await setDescription(published, true);
    for (const origin of origins) await expect.poll(() => descriptionOf(origin), { timeout: 10_000 }).toBe(published);
  } finally {
    await setDescription(original!.metaDescription, true);
    second.child.kill("SIGTERM");
    await second.exited;
  }
});

test("the internal refresh answers only its own process", async ({ request }) => {
  expect((await request.post("/api/internal/page-refresh")).status()).toBe(404);
  const forged = await request.post("/api/internal/page-refresh", { headers: { "x-careport-internal": "A".repeat(43) } });
  expect(forged.status()).toBe(404);
});
