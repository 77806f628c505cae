/** The pages `npm run screenshots` captures: a set to compare before and after a change, and the README's. */
export type ScreenshotPage = { name: string; path: string; signedIn?: boolean };
export type ScreenshotSet = { widths: number[]; fullPage: boolean; pages: ScreenshotPage[] };

/** A fixed lead the workspace pages show, written before capturing and deleted after. */
export const fixtureLead = { id: "screenshots-lead", reference: "CP-SCRN-0001" };

const site: ScreenshotPage[] = [
  { name: "en-home", path: "/en" },
  { name: "ar-home", path: "/ar" },
  { name: "en-condition", path: "/en/conditions/liver-metastases" },
  { name: "en-treatments", path: "/en/treatments" },
  { name: "en-treatment", path: "/en/treatments/tace-chemoembolization" },
  { name: "ar-treatment", path: "/ar/treatments/tace-chemoembolization" },
  { name: "en-clinics", path: "/en/clinics" },
  { name: "en-clinic", path: "/en/clinics/veloria-hepatobiliary-centre" },
  { name: "en-doctors", path: "/en/doctors" },
  { name: "ar-doctor", path: "/ar/doctors/selin-aksungur" },
  { name: "en-consultation", path: "/en/consultation" },
  { name: "ar-consultation", path: "/ar/consultation" },
  { name: "en-privacy", path: "/en/privacy" },
  { name: "en-not-found", path: "/en/no-such-page" },
];

const workspace: ScreenshotPage[] = [
  { name: "en-admin-sign-in", path: "/en/admin/sign-in" },
  { name: "en-admin-leads", path: "/en/admin/leads?q=CP-SCRN-0001", signedIn: true },
  { name: "en-admin-lead", path: `/en/admin/leads/${fixtureLead.id}`, signedIn: true },
  { name: "ar-admin-lead", path: `/ar/admin/leads/${fixtureLead.id}`, signedIn: true },
  { name: "en-admin-quarantine", path: "/en/admin/quarantine", signedIn: true },
  { name: "en-admin-users", path: "/en/admin/users", signedIn: true },
  { name: "en-admin-account", path: "/en/admin/account", signedIn: true },
  { name: "en-admin-settings", path: "/en/admin/settings", signedIn: true },
];

export const screenshotSets: Record<string, ScreenshotSet> = {
  review: { widths: [390, 1280], fullPage: true, pages: [...site, ...workspace] },
  // The first screen of a phone, as the README shows it.
  readme: {
    widths: [390],
    fullPage: false,
    pages: [
      { name: "home-en", path: "/en" },
      { name: "home-ar", path: "/ar" },
      { name: "treatment-en", path: "/en/treatments/tace-chemoembolization" },
      { name: "treatment-ar", path: "/ar/treatments/tace-chemoembolization" },
      { name: "consultation-en", path: "/en/consultation" },
      { name: "consultation-ar", path: "/ar/consultation" },
    ],
  },
};

export const fixtureLeadSql = `
  INSERT INTO "Lead" ("id","reference","submissionId","status","fullName","email","countryCode","phone","contactChannel",
    "preferredLanguage","message","writerRole","consentVersion","consentedAt","locale","timeZone","respondBy","createdAt")
  VALUES ($1, $2, $1, 'NEW', 'Olena Screenshot', 'olena@example.com', 'UA', '+380501234567', 'WHATSAPP', 'uk',
    'Liver metastases after colon cancer; asking whether TACE is an option.', 'PATIENT', '2026-11-23',
    '2026-11-23T09:00:00Z', 'en', 'Europe/Kyiv', '2026-11-23T12:00:00Z', '2026-11-23T09:00:00Z')`;
