import { describe, expect, it } from "vitest";
import { validConsultation } from "@/tests/fixtures/consultation";
import { consultationErrorKeys, consultationSchema, phoneToE164 } from "./consultation";

const valid = validConsultation();

const issuesOf = (input: object) => {
  const result = consultationSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("consultationSchema", () => {
  it("accepts a complete request", () => {
    expect(issuesOf(valid)).toEqual({});
  });

  it("names each invalid field with a translatable key", () => {
    expect(issuesOf({ ...valid, email: "olena@", fullName: " ", phoneNumber: "12" })).toEqual({
      email: "invalidEmail",
      fullName: "required",
      phoneNumber: "invalidPhone",
    });
    expect(issuesOf({ ...valid, consent: false })).toEqual({ consent: "consentRequired" });
    expect(issuesOf({ ...valid, message: "x".repeat(5001) })).toEqual({ message: "tooLong" });
  });

  it("rejects unknown fields", () => {
    expect(consultationSchema.safeParse({ ...valid, isAdmin: true }).success).toBe(false);
  });

  it("requires a parent or guardian to write for a patient under 18", () => {
    expect(issuesOf({ ...valid, patientAge: 15, writerRole: "PATIENT" })).toEqual({ writerRole: "minorNeedsGuardian" });
    expect(issuesOf({ ...valid, patientAge: 15 })).toEqual({ guardianConfirmed: "guardianRequired" });
    expect(issuesOf({ ...valid, patientAge: 15, guardianConfirmed: true })).toEqual({});
  });

  it("caps links in the message, a common spam signal", () => {
    const spam = "see https://a.example https://b.example https://c.example https://d.example";
    expect(issuesOf({ ...valid, message: spam })).toEqual({ message: "tooManyLinks" });
  });

  it("only produces error keys the form can translate", () => {
    const result = consultationSchema.safeParse({ patientAge: "abc", consent: "yes" });
    expect(result.success).toBe(false);
    for (const issue of result.error!.issues) expect(consultationErrorKeys).toContain(issue.message);
  });
});

describe("phoneToE164", () => {
  it("validates the number for the chosen country and returns it as dialled", () => {
    expect(phoneToE164("067 123 4567", "UA")).toBe("+380671234567");
    expect(phoneToE164("0151 1234 5678", "DE")).toBe("+4915112345678");
    expect(phoneToE164("0151 1234 5678", "UA")).toBeNull();
    expect(phoneToE164("123", "ZZ")).toBeNull();
  });
});
