import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { serveLeadExport } from "@/lib/leads/lead-export";
import { getLeadDetail, leadFilterOptions, listLeads } from "@/lib/leads/lead-queries";
import { createTestLead } from "@/tests/factories/lead";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";

const clinic = "almogan-oncology-centre";
const doctor = "yael-ashkenari";
const setUnpublishedAt = async (unpublishedAt: Date | null) => {
  await db.clinic.update({ where: { slug: clinic }, data: { unpublishedAt } });
  await db.doctor.update({ where: { slug: doctor }, data: { unpublishedAt } });
};
/** How createTestLead's submission was refused, or "stored". */
const refusalOf = (answers: Record<string, unknown>) =>
  createTestLead({ answers }).then(
    () => "stored",
    (error: unknown) => error,
  );

let lead: Awaited<ReturnType<typeof createTestLead>>;

beforeAll(async () => {
  lead = await createTestLead({ answers: { clinic, doctor } });
  await setUnpublishedAt(new Date());
});

afterAll(() => setUnpublishedAt(null));

describe("a lead that named a clinic and doctor since unpublished", () => {
  it("still shows their names to the coordinators", async () => {
    const detail = (await getLeadDetail(lead.id, "de"))!;
    expect(detail.clinic?.translations[0]?.name).toBe("Onkologisches Zentrum Almogan");
    expect(detail.doctor?.translations[0]?.name).toBe("Yael Ashkenari");
  });

  it("is still found by the list's clinic filter, which still offers the clinic", async () => {
    const { leads } = await listLeads("en", { clinic });
    expect(leads.map((row) => row.reference)).toEqual([lead.reference]);
    expect((await leadFilterOptions("en")).clinics.map((option) => option.value)).toContain(clinic);
  });

  it("keeps the clinic in the CSV export", async () => {
    const cookie = await signedInCookie(await createStaff("coordinator", "admin"));
    const url = `http://localhost/api/admin/leads/export?clinic=${clinic}`;
    const csv = await (await serveLeadExport(new Request(url, { headers: browserHeaders({ cookie }) }))).text();
    const [, row] = csv.trim().split("\r\n");
    expect(row).toContain(lead.reference);
    expect(row).toContain(`,${clinic},`);
  });
});

describe("a consultation request naming an unpublished clinic or doctor", () => {
  it("is refused exactly as one naming a clinic or doctor that does not exist", async () => {
    for (const field of ["clinic", "doctor"] as const) {
      const unpublished = await refusalOf({ [field]: field === "clinic" ? clinic : doctor });
      const unknown = await refusalOf({ [field]: `no-such-${field}` });
      expect(unpublished, field).toMatchObject({ status: 400, body: { error: "validation", fields: { [field]: "invalid" } } });
      expect(unpublished, field).toEqual(unknown);
    }
  });
});
