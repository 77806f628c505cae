import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { publicSiteSettings } from "@/lib/settings/operator-settings";
import { getSettings, resetSetting } from "@/lib/settings/settings";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";
import { callAction, workspaceActions } from "@/tests/support/server-actions";

const operatorForm = {
  "operator.name": "Careport Coordination",
  "operator.legalEntity": "Careport Services GmbH",
  "operator.address": "Example Street 1, 10115 Berlin, Germany",
  "operator.phone": "+44 20 7946 0958",
  "operator.whatsApp": "+61 491 570 006",
  "operator.email": "contact@careport.example",
};

let adminCookie: string;
beforeAll(async () => {
  adminCookie = await signedInCookie(await createStaff("admin"));
});
afterEach(async () => {
  await resetSetting("operator");
  await resetSetting("hideDemoNotice");
  await db.clinic.updateMany({ data: { isDemo: true } });
  await db.doctor.updateMany({ data: { isDemo: true } });
});

const save = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return callAction(workspaceActions.saveOperatorSettings, browserHeaders({ cookie: adminCookie }), form);
};

describe("who runs the site, on the settings page", () => {
  it("saves the operator's identity, with phone numbers stored in international form", async () => {
    expect(await save(operatorForm)).toEqual({ result: "done" });
    expect((await getSettings()).operator).toEqual({
      name: "Careport Coordination",
      legalEntity: "Careport Services GmbH",
      address: "Example Street 1, 10115 Berlin, Germany",
      phone: "+442079460958",
      whatsApp: "+61491570006",
      email: "contact@careport.example",
    });
  });

  it("keeps phone and WhatsApp optional, and clears the operator when every field is emptied", async () => {
    expect(await save({ ...operatorForm, "operator.phone": "", "operator.whatsApp": " " })).toEqual({ result: "done" });
    expect((await getSettings()).operator).toEqual({
      name: "Careport Coordination",
      legalEntity: "Careport Services GmbH",
      address: "Example Street 1, 10115 Berlin, Germany",
      email: "contact@careport.example",
    });
    const blank = Object.fromEntries(Object.keys(operatorForm).map((name) => [name, ""]));
    expect(await save(blank)).toEqual({ result: "done" });
    expect((await getSettings()).operator).toBeNull();
  });

  it.each([
    ["operator.name", "Careport\u0000", "invalidCharacters"],
    ["operator.name", "Careport\nCoordination", "invalidCharacters"],
    ["operator.legalEntity", "\u001b[31mGmbH", "invalidCharacters"],
    ["operator.address", "x".repeat(301), "tooLong"],
    ["operator.name", "", "required"],
    ["operator.address", "\u200b ", "required"],
    ["operator.phone", "12345", "invalidPhone"],
    ["operator.phone", "020 7946 0958", "invalidPhone"],
    ["operator.whatsApp", "+44 20 7946 0958\u0000", "invalidCharacters"],
    ["operator.email", "not-an-address", "invalidEmail"],
    ["operator.email", "", "invalidEmail"],
  ])("refuses %s = %j with %s, and saves nothing", async (field, value, message) => {
    await save(operatorForm);
    const before = await getSettings();
    const state = await save({ ...operatorForm, "operator.name": "Changed name", [field]: value });
    expect(state).toEqual({ result: "invalid", fields: { [field]: message } });
    expect(await getSettings()).toEqual(before);
  });

  it("refuses a field the form does not have", async () => {
    const state = await save({ ...operatorForm, "operator.website": "https://evil.example" });
    expect(state.result).toBe("invalid");
    expect((await getSettings()).operator).toBeNull();
  });
});

describe("turning the demo notice off", () => {
  it("is refused while a demo clinic or doctor is published, and nothing is saved", async () => {
    expect(await db.clinic.count({ where: { isDemo: true } })).toBeGreaterThan(0);
    const state = await save({ ...operatorForm, hideDemoNotice: "on" });
    expect(state).toEqual({ result: "invalid", fields: { hideDemoNotice: "demoContentPublished" } });
    expect(await getSettings()).toMatchObject({ hideDemoNotice: false, operator: null });

    await db.clinic.updateMany({ data: { isDemo: false } });
    expect(await save({ ...operatorForm, hideDemoNotice: "on" })).toMatchObject({ fields: { hideDemoNotice: "demoContentPublished" } });
  });

  it("is accepted once no demo clinic or doctor is published", async () => {
    await db.clinic.updateMany({ data: { isDemo: false } });
    await db.doctor.updateMany({ data: { isDemo: false } });
    expect(await save({ ...operatorForm, hideDemoNotice: "on" })).toEqual({ result: "done" });
    expect((await getSettings()).hideDemoNotice).toBe(true);
    expect(await publicSiteSettings()).toMatchObject({ showDemoNotice: false, operator: { name: "Careport Coordination" } });
    // Demo content published again (a seed run, say) brings the notice back without anyone saving the settings.
    const doctor = await db.doctor.findFirstOrThrow();
    await db.doctor.update({ where: { id: doctor.id }, data: { isDemo: true } });
    expect((await publicSiteSettings()).showDemoNotice).toBe(true);
    expect(await save(operatorForm)).toEqual({ result: "done" });
    expect((await getSettings()).hideDemoNotice).toBe(false);
  });

  it("is for admins only", async () => {
    const coordinatorCookie = await signedInCookie(await createStaff("coordinator"));
    const form = new FormData();
    form.set("hideDemoNotice", "on");
    expect((await callAction(workspaceActions.saveOperatorSettings, browserHeaders({ cookie: coordinatorCookie }), form)).result).toBe("forbidden");
  });
});
