import { describe, expect, it } from "vitest";
import { medicalWebPage } from "./medical-web-page";

const about = { "@type": "MedicalProcedure", name: "Liver resection" };
const reviewedOn = new Date("2026-11-20T00:00:00Z");

describe("medicalWebPage", () => {
  it("describes the page as reviewed on its date by its reviewer", () => {
    const reviewer = { name: "Dr A. Real", qualification: "Consultant hepatobiliary surgeon", isFictionalSample: false };
    expect(medicalWebPage({ url: "https://example.org/en/x", about, reviewedOn, reviewer })).toEqual({
      "@type": "MedicalWebPage",
      url: "https://example.org/en/x",
      about,
      lastReviewed: "2026-11-20",
      reviewedBy: { "@type": "Person", name: "Dr A. Real", jobTitle: "Consultant hepatobiliary surgeon" },
    });
  });

  it("does not tell search engines that a fictional sample reviewer checked the page", () => {
    const reviewer = { name: "Dr Sample", qualification: "MD", isFictionalSample: true };
    const page = medicalWebPage({ url: "https://example.org/en/x", about, reviewedOn, reviewer });
    expect(page).not.toHaveProperty("reviewedBy");
    expect(page.lastReviewed).toBe("2026-11-20");
  });
});
