import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { formatCatalogContent, shippedCatalogFile } from "@/lib/catalog-content/content-file";
import { exportCatalogContent } from "@/lib/catalog-content/export";
import { importCatalogContent } from "@/lib/catalog-content/import";
import { catalogKinds } from "@/lib/catalog-content/read";
import type { ImportReport } from "@/lib/catalog-content/report";
import { db } from "@/lib/db";
import type { CatalogContent } from "@/lib/validation/catalog-content/catalog";
import { InvalidContentFileError, seedCatalog } from "@/prisma/seed";

const shippedText = readFileSync(shippedCatalogFile, "utf8");
const shipped = (): CatalogContent => JSON.parse(shippedText);
const exportedText = async () => formatCatalogContent(await exportCatalogContent(db));

async function imported(content: unknown): Promise<ImportReport> {
  const result = await importCatalogContent(db, content);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.report;
}

/** Only what changed: kinds whose every item was left unchanged are left out. */
const changes = (report: ImportReport) =>
  Object.fromEntries(
    catalogKinds.flatMap((kind) => {
      const { created, updated, notInFile } = report[kind];
      return created.length + updated.length + notInFile.length ? [[kind, { created, updated, notInFile }]] : [];
    }),
  );

async function emptyCatalog() {
  await db.doctor.deleteMany();
  await db.clinic.deleteMany();
  await db.condition.deleteMany();
  await db.treatment.deleteMany();
  await db.recordType.deleteMany();
  await db.medicalReviewer.deleteMany();
  await db.source.deleteMany();
}

beforeEach(async () => {
  await db.clinic.deleteMany({ where: { slug: "new-partner-clinic" } });
  await imported(shipped());
});

describe("the catalog's content file", () => {
  it("fills an empty catalog, and the export then gives the shipped file back byte for byte", async () => {
    await emptyCatalog();
    const report = await imported(shipped());
    expect(report.clinics.created).toEqual(shipped().clinics.map((clinic) => clinic.slug));
    expect(report.treatments.created).toHaveLength(shipped().treatments.length);
    expect(await exportedText()).toBe(shippedText);
  });

  it("round-trips: export, import, export gives the same file, and the import changed nothing", async () => {
    const first = await exportedText();
    const report = await imported(JSON.parse(first));
    expect(changes(report)).toEqual({});
    expect(await exportedText()).toBe(first);
  });

  it("is idempotent: importing the same file again reports everything unchanged and keeps every id", async () => {
    const ids = await db.clinic.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
    const report = await imported(shipped());
    expect(changes(report)).toEqual({});
    expect(report.doctors.unchanged).toEqual(shipped().doctors.map((doctor) => doctor.slug));
    expect(await db.clinic.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } })).toEqual(ids);
  });

  it("reports exactly what an edit changed: a price, a new clinic, a Russian description", async () => {
    const edited = shipped();
    const priced = edited.clinics.find((clinic) => clinic.offers.some((offer) => offer.priceFrom !== undefined))!;
    const offer = priced.offers.find((item) => item.priceFrom !== undefined)!;
    offer.priceFrom = offer.priceFrom! + 500;
    const translated = edited.clinics.find((clinic) => clinic !== priced)!;
    translated.text.ru!.description = `${translated.text.ru!.description}\n\nОбновлено.`;
    edited.clinics.push({ ...structuredClone(translated), slug: "new-partner-clinic" });

    expect(changes(await imported(edited))).toEqual({
      clinics: { created: ["new-partner-clinic"], updated: [translated.slug, priced.slug].sort(byFileOrder(edited)), notInFile: [] },
    });
    const row = await db.clinicTreatment.findFirstOrThrow({ where: { clinic: { slug: priced.slug }, treatment: { slug: offer.treatment } } });
    expect(row.priceFrom?.toNumber()).toBe(offer.priceFrom);
    expect(await exportedText()).toBe(formatCatalogContent(edited));
  });

  it("leaves an item the file no longer names, and says so", async () => {
    const withoutOne = shipped();
    // The last one: dropping one in the middle moves those after it up, which the report lists as updated.
    const dropped = withoutOne.doctors.pop();
    expect(changes(await imported(withoutOne))).toEqual({ doctors: { created: [], updated: [], notInFile: [dropped!.slug] } });
    expect(await db.doctor.count({ where: { slug: dropped!.slug } })).toBe(1);
  });

  it("refuses an invalid file with the path of each error and changes nothing", async () => {
    const before = await exportedText();
    const broken = shipped();
    delete (broken.treatments[0]!.text as Partial<CatalogContent["treatments"][number]["text"]>).de;
    (broken.doctors[0]!.text.ru as { bio?: string }).bio = undefined;
    const priced = broken.clinics.findIndex((clinic) => clinic.offers.some((offer) => offer.priceFrom !== undefined));
    const offer = broken.clinics[priced]!.offers.findIndex((item) => item.priceFrom !== undefined);
    delete broken.clinics[priced]!.offers[offer]!.currency;
    broken.clinics[0]!.text.en.name = "Renamed, which must not be saved";
    broken.clinics[1]!.reviewedOn = "2026-13-01";

    const result = await importCatalogContent(db, broken);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((error) => error.split(": ")[0]);
    expect(paths.toSorted()).toEqual([`clinics[${priced}].offers[${offer}].priceFrom`, "clinics[1].reviewedOn", "doctors[0].text.ru.bio", "treatments[0].text.de"].sort());
    expect(await exportedText()).toBe(before);
  });

  it("refuses a file whose references do not resolve, naming each, and changes nothing", async () => {
    const before = await exportedText();
    const broken = shipped();
    broken.clinics[0]!.offers[0]!.treatment = "no-such-treatment";
    broken.doctors[1]!.clinics.push("no-such-clinic");
    broken.doctors[1]!.text.en.name = "Renamed, which must not be saved";
    const result = await importCatalogContent(db, broken);
    expect(result.ok ? [] : result.errors).toEqual([
      'clinics[0].offers[0].treatment: no treatment "no-such-treatment" in the file',
      `doctors[1].clinics[${broken.doctors[1]!.clinics.length - 1}]: no clinic "no-such-clinic" in the file`,
    ]);
    expect(await exportedText()).toBe(before);
  });

  it("is what the seed runs: db:seed refuses a file that is not JSON or not valid, naming the file", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "careport-content-"));
    const notJson = path.join(folder, "not-json.json");
    await writeFile(notJson, "{ sources: [");
    await expect(seedCatalog(db, notJson)).rejects.toThrow(InvalidContentFileError);
    const invalid = path.join(folder, "invalid.json");
    await writeFile(invalid, JSON.stringify({ ...shipped(), reviewers: [] }));
    await expect(seedCatalog(db, invalid)).rejects.toThrow(/conditions\[0\]\.reviewedBy: no reviewer "ines-halvorsen"/);
  });
});

const byFileOrder = (catalog: CatalogContent) => (a: string, b: string) =>
  catalog.clinics.findIndex((clinic) => clinic.slug === a) - catalog.clinics.findIndex((clinic) => clinic.slug === b);
