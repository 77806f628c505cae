import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportCatalogContent } from "@/lib/catalog-content/export";
import { addContact, changeContact, removeContact } from "@/lib/clinic-contacts/actions";
import { listClinicContacts } from "@/lib/clinic-contacts/contacts";
import { MAX_CONTACTS_PER_CLINIC } from "@/lib/validation/clinic-contacts";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { formData } from "@/tests/support/form-data";
import { callAction } from "@/tests/support/server-actions";

let clinicId: string;
let admin: Headers;
let adminName: string;

const contactsOf = async () => (await db.clinicContact.findMany({ where: { clinicId }, orderBy: { createdAt: "asc" } })).map(({ email, label }) => ({ email, label }));
const logOf = async () => (await db.clinicContactChange.findMany({ where: { clinicId }, orderBy: { id: "asc" }, include: { actor: true } })).map(({ kind, before, after, actor }) => ({ kind, before, after, actor: actor?.name }));

beforeAll(async () => {
  // A clinic of this file's own: the seed's clinics are others' to change.
  const seeded = await db.clinic.findFirstOrThrow({ select: { countryCode: true, serviceFeeModel: true, reviewedOn: true, reviewerId: true } });
  ({ id: clinicId } = await db.clinic.create({ data: { ...seeded, slug: "contacts-test-clinic", accreditations: [], languages: ["en"] } }));
  await db.clinicTranslation.create({ data: { clinicId, locale: "en", name: "Contacts Test Clinic", city: "Basel", summary: "s", metaDescription: "m", description: "d" } });
  const account = await createStaff("admin");
  adminName = account.user.name;
  admin = browserHeaders({ cookie: await signedInCookie(account) });
});

describe("clinics' coordinator addresses", () => {
  it("adds, changes and removes an address, logging each with who did it and the address before and after", async () => {
    expect(await callAction(addContact, admin, formData({ clinicId, email: " Desk@Clinic.TEST ", label: "International office" }))).toEqual({ result: "done" });
    const [added] = await db.clinicContact.findMany({ where: { clinicId } });
    expect(await callAction(changeContact, admin, formData({ contactId: added!.id, email: "intl@clinic.test", label: "International office" }))).toEqual({ result: "done" });
    expect(await callAction(changeContact, admin, formData({ contactId: added!.id, email: "intl@clinic.test", label: "International office" }))).toEqual({ result: "done" });
    expect(await contactsOf()).toEqual([{ email: "intl@clinic.test", label: "International office" }]);
    expect(await callAction(removeContact, admin, formData({ contactId: added!.id }))).toEqual({ result: "done" });
    expect(await contactsOf()).toEqual([]);
    expect(await logOf()).toEqual([
      { kind: "ADDED", before: null, after: "desk@clinic.test (International office)", actor: adminName },
      { kind: "CHANGED", before: "desk@clinic.test (International office)", after: "intl@clinic.test (International office)", actor: adminName },
      { kind: "REMOVED", before: "intl@clinic.test (International office)", after: null, actor: adminName },
    ]);
    expect((await listClinicContacts()).changes.filter((change) => change.clinic === "Contacts Test Clinic")).toHaveLength(3);
  });

  it("refuses a bad address, a control character, the same address twice, an unknown clinic, and more than the limit, changing nothing", async () => {
    const before = await logOf();
    for (const email of ["not an address", "a@b.test\u0000", "x".repeat(250) + "@b.test", ""]) {
      expect(await callAction(addContact, admin, formData({ clinicId, email }))).toMatchObject({ result: "invalid", fields: { email: "invalidEmail" } });
    }
    expect(await callAction(addContact, admin, formData({ clinicId, email: "ok@clinic.test", label: "Desk\u0007" }))).toMatchObject({ result: "invalid", fields: { label: "invalidCharacters" } });
    expect(await callAction(addContact, admin, formData({ clinicId: "no-such-clinic", email: "ok@clinic.test" }))).toEqual({ result: "notFound" });
    expect(await callAction(removeContact, admin, formData({ contactId: "no-such-contact" }))).toEqual({ result: "notFound" });
    expect(await logOf()).toEqual(before);

    // Two admins adding the same address at once: one row, one log line, the other is told.
    const twice = await Promise.all([1, 2].map(() => callAction(addContact, admin, formData({ clinicId, email: "same@clinic.test" }))));
    expect(twice.map((outcome) => outcome.result).sort()).toEqual(["done", "invalid"]);
    expect(twice.find((outcome) => outcome.result === "invalid")).toMatchObject({ fields: { email: "contactTaken" } });
    expect((await logOf()).length).toBe(before.length + 1);

    // Many at once cannot pass the limit together.
    const many = await Promise.all(Array.from({ length: MAX_CONTACTS_PER_CLINIC + 3 }, (_, index) => callAction(addContact, admin, formData({ clinicId, email: `many-${index}@clinic.test` }))));
    expect(many.filter((outcome) => outcome.result === "done")).toHaveLength(MAX_CONTACTS_PER_CLINIC - 1);
    expect(many.filter((outcome) => outcome.result === "invalid")).toHaveLength(4);
    expect(await db.clinicContact.count({ where: { clinicId } })).toBe(MAX_CONTACTS_PER_CLINIC);
  });

  it("is for admins only, and never leaves the database in the content file", async () => {
    for (const role of ["coordinator", "editor"] as const) {
      const headers = browserHeaders({ cookie: await signedInCookie(await createStaff(role)) });
      expect((await callAction(addContact, headers, formData({ clinicId, email: "sneaky@clinic.test" }))).result).toBe("forbidden");
    }
    expect((await callAction(addContact, browserHeaders(), formData({ clinicId, email: "sneaky@clinic.test" }))).result).toBe("signedOut");
    expect(JSON.stringify(await exportCatalogContent(db))).not.toContain("@clinic.test");
  });
});
