import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { eraseLead } from "@/lib/leads/lead-erasure";
import { serveLeadExport } from "@/lib/leads/lead-export";
import { generateReference } from "@/lib/leads/reference";
import { createTestLead } from "@/tests/factories/lead";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 1;
    } else field += char;
  }
  return rows;
}

const exportAs = async (cookie: string | null, query = "") =>
  serveLeadExport(new Request(`http://localhost/api/admin/leads/export${query}`, { headers: browserHeaders(cookie ? { cookie } : {}) }));

let adminCookie: string;
let adminId: string;
let assignee: string;
let tricky: Awaited<ReturnType<typeof createTestLead>>;
let formula: Awaited<ReturnType<typeof createTestLead>>;
let elsewhere: Awaited<ReturnType<typeof createTestLead>>;
let erased: Awaited<ReturnType<typeof createTestLead>>;

beforeAll(async () => {
  const admin = await createStaff("coordinator", "admin");
  adminCookie = await signedInCookie(admin);
  adminId = admin.user.id;
  // A coordinator of these leads only: filtering by them isolates this file's leads from the rest of the database.
  assignee = (await createStaff()).user.id;
  tricky = await createTestLead();
  formula = await createTestLead();
  elsewhere = await createTestLead();
  erased = await createTestLead();
  const treatment = await db.treatment.findFirstOrThrow();
  await db.lead.update({
    where: { id: tricky.id },
    data: { fullName: 'Ольга "Оля" Ковальчук, мл.', phone: "+4915112345678", countryCode: "DE", assigneeId: assignee, treatmentId: treatment.id, status: "CONTACTED", firstContactedAt: new Date() },
  });
  await db.lead.update({ where: { id: formula.id }, data: { fullName: "=HYPERLINK(\"http://evil.example\")", email: "@evil.example", countryCode: "DE", assigneeId: assignee } });
  await db.lead.update({ where: { id: elsewhere.id }, data: { countryCode: "FR", assigneeId: assignee } });
  await db.lead.update({ where: { id: erased.id }, data: { countryCode: "DE", assigneeId: assignee } });
  await eraseLead(adminId, erased.id, "REQUEST");
});

describe("CSV export of the leads list", () => {
  it("streams the filtered leads as an attachment, with a BOM for Excel, escaped cells and defused formulas", async () => {
    const response = await exportAs(adminCookie, `?assignee=${assignee}&country=DE`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="careport-leads-${new Date().toISOString().slice(0, 10)}.csv"`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");

    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(header).toEqual([
      "reference", "created_at", "status", "full_name", "email", "phone", "country", "treatment", "clinic",
      "preferred_channel", "language", "assignee", "first_contacted_at",
    ]);
    // Newest first, like the list; the lead in France is filtered out.
    expect(rows.map((row) => row[0])).toEqual([erased.reference, formula.reference, tricky.reference]);

    const byReference = new Map(rows.map((row) => [row[0], row]));
    const trickyRow = byReference.get(tricky.reference)!;
    const treatment = await db.treatment.findFirstOrThrow();
    expect(trickyRow).toEqual([
      tricky.reference, tricky.createdAt.toISOString(), "CONTACTED", 'Ольга "Оля" Ковальчук, мл.', tricky.email, "'+4915112345678",
      "DE", treatment.slug, "", tricky.contactChannel, tricky.preferredLanguage, "Test coordinator", expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    ]);
    expect(byReference.get(formula.reference)!.slice(3, 5)).toEqual(["'=HYPERLINK(\"http://evil.example\")", "'@evil.example"]);
    // An erased lead keeps its row, with nothing that names the patient.
    expect(byReference.get(erased.reference)!.slice(2, 7)).toEqual(["NEW", "", "", "", "DE"]);
  });

  it("logs each export with who asked and which filters, but not the search text", async () => {
    await (await exportAs(adminCookie, `?assignee=${assignee}&q=${encodeURIComponent(tricky.email)}&page=3`)).text();
    const logged = await db.authEvent.findFirstOrThrow({ where: { kind: "LEADS_EXPORTED", userId: adminId }, orderBy: { id: "desc" } });
    expect(logged.detail).toBe(`export:leads?q=redacted&assignee=${assignee}`);
    expect(logged.ipHash).toBeTruthy();
  });

  it("reads in batches without losing or repeating a row, even when many leads share one timestamp", async () => {
    const { user: owner } = await createStaff();
    const template = await db.lead.findUniqueOrThrow({ where: { id: elsewhere.id } });
    const createdAt = new Date("2025-06-01T09:00:00Z");
    const references = Array.from({ length: 1_010 }, () => generateReference());
    await db.lead.createMany({
      data: references.map((reference, index) => ({
        ...template,
        id: undefined,
        utm: undefined,
        reference,
        submissionId: randomUUID(),
        assigneeId: owner.id,
        // Two thirds share one timestamp: the order falls back to the id across batch boundaries.
        createdAt: index % 3 === 0 ? new Date(createdAt.getTime() + index * 1000) : createdAt,
      })),
      skipDuplicates: true,
    });
    const stored = await db.lead.findMany({ where: { assigneeId: owner.id }, select: { reference: true } });
    const rows = parseCsv((await (await exportAs(adminCookie, `?assignee=${owner.id}`)).text()).slice(1)).slice(1);
    expect(rows).toHaveLength(stored.length);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(stored.map((lead) => lead.reference)));
    const times = rows.map((row) => Date.parse(row[1]!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await db.lead.deleteMany({ where: { assigneeId: owner.id } });
  });

  it("is for coordinators who are also admins: 403 for a coordinator, 401 without a session, both logged, no data sent", async () => {
    const coordinator = await createStaff();
    const forbidden = await exportAs(await signedInCookie(coordinator), `?assignee=${assignee}`);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).not.toContain(tricky.reference);
    const signedOut = await exportAs(null, `?assignee=${assignee}`);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).not.toContain(tricky.reference);

    const refusals = await db.authEvent.findMany({ where: { kind: "ACCESS_REFUSED", detail: "export:leads" }, orderBy: { id: "desc" }, take: 2 });
    expect(refusals.map((event) => event.userId)).toEqual([null, coordinator.user.id]);
  });
});
