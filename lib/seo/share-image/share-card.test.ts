import { describe, expect, it } from "vitest";
import { decodePng } from "@/scripts/lib/png-pixels";
import { renderShareCard } from "./share-card";
import { shareImageSize } from "./share-image-size";

describe("share card", () => {
  it("is a PNG of the declared size in every script, however long its text", async () => {
    for (const card of [
      { locale: "ar" as const, kicker: "علاج نقائل الكبد", title: "العلاج الإشعاعي الانتقائي الداخلي (Y-90)", summary: "حبيبات صغيرة مشعة ".repeat(30) },
      { locale: "uk" as const, title: "Радіоемболізація ".repeat(20) },
    ]) {
      const { width, height } = decodePng(await renderShareCard(card));
      expect({ width, height }).toEqual(shareImageSize);
    }
  });
});
