import { randomUUID } from "node:crypto";
import { CONSENT_VERSION } from "@/lib/validation/consultation-fields";
import { consultationPart } from "@/lib/validation/consultation-request";
import { signFormToken } from "@/lib/security/form-token";
import { consultationTextParts, multipartBody } from "@/tests/fixtures/multipart";

/** A token the server accepts, as if its form had been opened at `openedAt`. */
function formToken(openedAt: Date) {
  const secret = process.env.SESSION_SECRET;
  if (!secret) throw new Error("SESSION_SECRET is not set: run e2e tests through `npm test`.");
  return signFormToken(secret, openedAt);
}

/** The text parts of a valid POST /api/consultations, as the form sends them. */
export function consultationFields() {
  const data = {
    submissionId: randomUUID(),
    fullName: "Test Patient",
    email: "patient@example.com",
    countryCode: "DE",
    phoneCountry: "DE",
    phoneNumber: "0151 12345678",
    contactChannel: "EMAIL",
    preferredLanguage: "en",
    message: "Liver metastases after colon cancer; asking about options.",
    writerRole: "PATIENT",
    recordsCovered: [],
    consent: true,
    consentVersion: CONSENT_VERSION,
  };
  // Opened a minute ago, so the time trap does not quarantine the request.
  const meta = { formToken: formToken(new Date(Date.now() - 60_000)), website: "", timeZone: "Europe/Berlin" };
  return {
    [consultationPart.locale]: "en",
    [consultationPart.data]: JSON.stringify(data),
    [consultationPart.meta]: JSON.stringify(meta),
  };
}

/** A complete multipart body of a valid request without files, with its Content-Type. */
export function consultationMultipart() {
  const boundary = `----careport-e2e-${randomUUID()}`;
  const body = multipartBody({ boundary, parts: consultationTextParts(consultationFields()) });
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
