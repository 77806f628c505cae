import { describe, expect, it } from "vitest";
import { routeCoordinatorRecipients } from "./route-recipients";

const settings = {
  coordinatorEmails: ["team@careport.example"],
  routingRules: [
    { languages: ["ar"], recipients: ["arabic-desk@careport.example"] },
    { treatments: ["liver-transplantation"], countries: ["DE", "AT"], recipients: ["transplant-dach@careport.example"] },
  ],
};

describe("routeCoordinatorRecipients", () => {
  it("sends to the first rule whose every condition matches", () => {
    const lead = { treatment: "liver-transplantation", countryCode: "DE", preferredLanguage: "ar" };
    expect(routeCoordinatorRecipients(lead, settings)).toEqual(["arabic-desk@careport.example"]);
    expect(routeCoordinatorRecipients({ ...lead, preferredLanguage: "de" }, settings)).toEqual([
      "transplant-dach@careport.example",
    ]);
  });

  it("falls back to the default list when no rule matches", () => {
    expect(routeCoordinatorRecipients({ treatment: "liver-transplantation", countryCode: "UA", preferredLanguage: "uk" }, settings)).toEqual([
      "team@careport.example",
    ]);
    expect(routeCoordinatorRecipients({ treatment: null, countryCode: "DE", preferredLanguage: "de" }, settings)).toEqual([
      "team@careport.example",
    ]);
  });
});
