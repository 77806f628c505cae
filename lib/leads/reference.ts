import { randomInt } from "node:crypto";

// No 0/O, 1/I/L or U: a reference is read aloud on the phone and typed from a screenshot.
const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const referencePattern = /^CP-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/** A short reference a patient can quote, e.g. CP-7K3Q-9X2M (30^8 ≈ 6.6e11 possibilities). */
export function generateReference(): string {
  const group = () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `CP-${group()}-${group()}`;
}

/** Accepts what a person types (lower case, spaces, O for 0 …) and returns the canonical reference, or null. */
export function normalizeReference(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, "").replace(/^CP/, "");
  if (compact.length !== 8) return null;
  const reference = `CP-${compact.slice(0, 4)}-${compact.slice(4)}`;
  return referencePattern.test(reference) ? reference : null;
}
