import { createHmac, randomUUID } from "node:crypto";
import { CONSENT_VERSION } from "@/lib/validation/consultation";

// Same format as lib/leads/form-token.ts, which cannot load here ("server-only", "@/lib/env").
function formToken(openedAt: number) {
  const secret = process.env.SESSION_SECRET;
  if (!secret) throw new Error("SESSION_SECRET is not set: run e2e tests through `npm test`.");
  const payload = String(openedAt);
  return `${payload}.${createHmac("sha256", secret).update(`form:${payload}`).digest("base64url")}`;
}

/** The text fields of a valid POST /api/consultations, as the form sends them. */
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
  const meta = { formToken: formToken(Date.now() - 60_000), website: "", timeZone: "Europe/Berlin" };
  return { locale: "en", data: JSON.stringify(data), meta: JSON.stringify(meta) };
}

/** A complete multipart body of a valid request without files, with its Content-Type. */
export function consultationMultipart() {
  const boundary = `----careport-e2e-${randomUUID()}`;
  const parts = Object.entries(consultationFields()).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}
