import { describe, expect, it } from "vitest";
import { diffDocuments } from "./document-diff";

const clinic = {
  slug: "veloria-hepatobiliary-centre",
  languages: ["en", "tr"],
  text: { en: { name: "Veloria", description: "Liver surgery." }, ru: { name: "Велория", description: "Хирургия печени." } },
  offers: [
    { treatment: "tace-chemoembolization", priceFrom: 4000, currency: "EUR" },
    { treatment: "y90-radioembolization", priceFrom: null, currency: null },
  ],
};
const copy = () => structuredClone(clinic);

describe("diffDocuments", () => {
  it("finds nothing between equal documents", () => {
    expect(diffDocuments(clinic, copy())).toEqual([]);
  });

  it("names each changed leaf by its path, with the value before and after", () => {
    const edited = copy();
    edited.text.ru.description = "Хирургия печени и желчных путей.";
    edited.languages = ["en", "tr", "de"];
    expect(diffDocuments(clinic, edited)).toEqual([
      { path: ["languages"], before: ["en", "tr"], after: ["en", "tr", "de"] },
      { path: ["text", "ru", "description"], before: "Хирургия печени.", after: "Хирургия печени и желчных путей." },
    ]);
  });

  it("follows an offer by its treatment, so one added at the top is not read as every offer changed", () => {
    const edited = copy();
    edited.offers.unshift({ treatment: "surgical-resection", priceFrom: 9000, currency: "EUR" });
    edited.offers[1]!.priceFrom = 4200;
    expect(diffDocuments(clinic, edited)).toEqual([
      { path: ["offers", "surgical-resection"], after: { treatment: "surgical-resection", priceFrom: 9000, currency: "EUR" } },
      { path: ["offers", "tace-chemoembolization", "priceFrom"], before: 4000, after: 4200 },
    ]);
  });

  it("reports a removed offer and a new order", () => {
    const removed = copy();
    removed.offers.pop();
    expect(diffDocuments(clinic, removed)).toEqual([
      { path: ["offers", "y90-radioembolization"], before: { treatment: "y90-radioembolization", priceFrom: null, currency: null } },
    ]);
    const reordered = copy();
    reordered.offers.reverse();
    expect(diffDocuments(clinic, reordered)).toEqual([
      { path: ["offers"], before: ["tace-chemoembolization", "y90-radioembolization"], after: ["y90-radioembolization", "tace-chemoembolization"] },
    ]);
  });

  it("reports a field that appears or disappears", () => {
    const withoutCurrency = { treatment: "tace-chemoembolization", priceFrom: 4000 };
    const edited = { ...copy(), foundedYear: 1998, offers: [withoutCurrency, clinic.offers[1]!] };
    expect(diffDocuments(clinic, edited)).toEqual([
      { path: ["offers", "tace-chemoembolization", "currency"], before: "EUR" },
      { path: ["foundedYear"], after: 1998 },
    ]);
  });
});
