import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveDraft } from "@/lib/catalog-editing/drafts";
import { findVersion, listVersions, NewerVersionError, recordVersion } from "@/lib/catalog-editing/versions";
import { createStaff } from "@/tests/factories/staff";

const clinicDocument = (price: number, description = "Liver surgery.") => ({
  slug: "test-clinic",
  text: { en: { name: "Test clinic", description } },
  offers: [{ treatment: "tace-chemoembolization", priceFrom: price, currency: "EUR" }],
});

describe("catalog drafts", () => {
  it("keeps the first of two saves made from the same revision and shows the second editor what the first changed", async () => {
    const [{ user: anna }, { user: boris }] = await Promise.all([createStaff(), createStaff()]);
    const itemId = randomUUID();
    const first = await saveDraft({ kind: "CLINIC", itemId, document: clinicDocument(4000), actorId: anna.id });
    if (first.result !== "saved") throw new Error("the first save of a draft is saved");

    const annasSave = await saveDraft({ kind: "CLINIC", itemId, draftId: first.draftId, revision: first.revision, document: clinicDocument(4200), actorId: anna.id });
    const borisSave = await saveDraft({
      kind: "CLINIC",
      itemId,
      draftId: first.draftId,
      revision: first.revision,
      document: clinicDocument(4000, "Liver and bile duct surgery."),
      actorId: boris.id,
    });

    expect(annasSave).toEqual({ result: "saved", draftId: first.draftId, revision: 2, outdatedTranslations: [] });
    expect(borisSave).toMatchObject({
      result: "conflict",
      theirs: { revision: 2, updatedById: anna.id, document: clinicDocument(4200) },
      changes: [
        { path: ["text", "en", "description"], before: "Liver and bile duct surgery.", after: "Liver surgery." },
        { path: ["offers", "tace-chemoembolization", "priceFrom"], before: 4000, after: 4200 },
      ],
    });
    const stored = await db.catalogDraft.findUniqueOrThrow({ where: { id: first.draftId } });
    expect(stored.document).toEqual(clinicDocument(4200));
  });

  it("lets only one of two editors start a draft of the same item at once; the other is shown that draft", async () => {
    const [{ user: anna }, { user: boris }] = await Promise.all([createStaff(), createStaff()]);
    const itemId = randomUUID();
    const outcomes = await Promise.all([
      saveDraft({ kind: "DOCTOR", itemId, document: { slug: "dr-a", yearsOfExperience: 10 }, actorId: anna.id }),
      saveDraft({ kind: "DOCTOR", itemId, document: { slug: "dr-a", yearsOfExperience: 12 }, actorId: boris.id }),
    ]);
    expect(outcomes.map((outcome) => outcome.result).sort()).toEqual(["conflict", "saved"]);
    expect(await db.catalogDraft.count({ where: { kind: "DOCTOR", itemId } })).toBe(1);
  });
});

describe("catalog versions", () => {
  it("numbers published versions, lists them newest first with what each changed, and keeps each document exactly", async () => {
    const { user } = await createStaff();
    const itemId = randomUUID();
    const publish = (price: number, expectedLatest?: number | null) =>
      db.$transaction((tx) => recordVersion(tx, { kind: "CLINIC", itemId, action: "PUBLISHED", document: clinicDocument(price), actorId: user.id, expectedLatest }));

    expect(await publish(4000, null)).toBe(1);
    expect(await publish(4200, 1)).toBe(2);
    await expect(publish(4500, 1)).rejects.toBeInstanceOf(NewerVersionError);

    const history = await listVersions("CLINIC", itemId);
    expect(history.map((version) => version.number)).toEqual([2, 1]);
    expect(history[0]).toMatchObject({ publishedBy: { id: user.id }, changes: [{ path: ["offers", "tace-chemoembolization", "priceFrom"], before: 4000, after: 4200 }] });
    expect((await findVersion("CLINIC", itemId, 1))?.document).toEqual(clinicDocument(4000));
  });

  it("never gives two publishes made at once the same number", async () => {
    const itemId = randomUUID();
    const publish = (price: number) =>
      db.$transaction((tx) => recordVersion(tx, { kind: "CLINIC", itemId, action: "PUBLISHED", document: clinicDocument(price), actorId: null }));
    const outcomes = await Promise.allSettled([publish(1), publish(2), publish(3)]);
    const numbers = await db.catalogVersion.findMany({ where: { itemId }, select: { number: true } });
    expect(new Set(numbers.map((row) => row.number)).size).toBe(numbers.length);
    expect(numbers.length).toBe(outcomes.filter((outcome) => outcome.status === "fulfilled").length);
  });
});
