import { describe, expect, it } from "vitest";
import { englishDigest, reconcileTranslations } from "./translation-basis";
import { translationStatus } from "./translation-status";

const clinic = () => ({
  slug: "harbour-clinic",
  text: {
    en: { name: "Harbour Clinic", description: "Liver surgery since 1990." },
    ru: { name: "Клиника Харбор", description: "Хирургия печени с 1990 года." },
    de: { name: "Harbour-Klinik", description: "Leberchirurgie seit 1990." },
  } as Record<string, { name: string; description: string }> & { en: { name: string; description: string } },
  translatedFrom: undefined as Record<string, Record<string, string>> | undefined,
  offers: [{ treatment: "tace", text: { en: { includes: "Two nights.", excludes: "Flights." }, ru: { includes: "Две ночи.", excludes: "Перелёт." } } }],
});

describe("which translations a save leaves behind English", () => {
  it("marks the fields whose English changed, with the English they were translated from, in every translation", () => {
    const before = clinic();
    const after = clinic();
    after.text.en.description = "Liver surgery since 1991.";
    const saved = reconcileTranslations(before, after, []);
    const digest = englishDigest("Liver surgery since 1990.");
    expect(saved.translatedFrom).toEqual({ ru: { description: digest }, de: { description: digest } });
    expect(translationStatus(saved, "ru")).toEqual({ state: "outdated", missing: [], outdated: [{ block: "", locale: "ru", field: "description" }] });
    expect(translationStatus(saved, "uk").state).toBe("missing");
  });

  it("keeps a field outdated over later saves until its translation is typed again or confirmed", () => {
    const first = clinic();
    first.text.en.description = "Liver surgery since 1991.";
    const outdated = reconcileTranslations(clinic(), first, []);
    const later = structuredClone(outdated);
    later.text.en.name = "Harbour Clinic";
    delete later.translatedFrom;
    expect(reconcileTranslations(outdated, later, []).translatedFrom).toEqual(outdated.translatedFrom);

    const retyped = structuredClone(outdated);
    retyped.text.ru!.description = "Хирургия печени с 1991 года.";
    expect(reconcileTranslations(outdated, retyped, []).translatedFrom).toEqual({ de: outdated.translatedFrom!.de });

    const confirmed = reconcileTranslations(outdated, structuredClone(outdated), [{ block: "", locale: "de", field: "description" }]);
    expect(confirmed.translatedFrom).toEqual({ ru: outdated.translatedFrom!.ru });
  });

  it("makes a translation current again when English goes back to what it was translated from", () => {
    const changed = clinic();
    changed.text.en.description = "Liver surgery since 1991.";
    const outdated = reconcileTranslations(clinic(), changed, []);
    const reverted = structuredClone(outdated);
    reverted.text.en.description = "Liver surgery since 1990.";
    expect(reconcileTranslations(outdated, reverted, []).translatedFrom).toBeUndefined();
  });

  it("follows offers by their treatment, and takes nothing the browser claims about outdated fields", () => {
    const before = clinic();
    const after = clinic();
    after.offers[0]!.text.en.excludes = "Flights and visas.";
    after.translatedFrom = { ru: { name: englishDigest("anything") } };
    const saved = reconcileTranslations(before, after, []);
    expect(saved.translatedFrom).toBeUndefined();
    expect(saved.offers[0]).toMatchObject({ translatedFrom: { ru: { excludes: englishDigest("Flights.") } } });
    expect(translationStatus(saved, "ru").outdated).toEqual([{ block: "offers/tace", locale: "ru", field: "excludes" }]);
    expect(translationStatus(saved, "de")).toMatchObject({ state: "missing", missing: ["offers/tace"] });
  });

  it("has nothing outdated in an item or offer new in this save", () => {
    const added = clinic();
    added.offers.push({ treatment: "y90", text: { en: { includes: "Mapping.", excludes: "" }, ru: { includes: "Картирование.", excludes: "" } } });
    expect(reconcileTranslations(null, clinic(), []).translatedFrom).toBeUndefined();
    expect(reconcileTranslations(clinic(), added, []).offers[1]).not.toHaveProperty("translatedFrom");
  });
});
