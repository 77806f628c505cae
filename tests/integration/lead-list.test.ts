import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listLeads } from "@/lib/leads/lead-queries";
import { leadFiltersSchema } from "@/lib/validation/lead-filters";
import { createTestLead } from "@/tests/factories/lead";
import { createStaff } from "@/tests/factories/staff";

const find = async (query: Record<string, string>) =>
  (await listLeads("en", leadFiltersSchema.parse(query))).leads.map((lead) => lead.reference);

let first: Awaited<ReturnType<typeof createTestLead>>;
let second: Awaited<ReturnType<typeof createTestLead>>;
let spam: Awaited<ReturnType<typeof createTestLead>>;
let coordinatorId: string;
const unique = Math.random().toString(36).slice(2, 8);
const phone = `+1415555${Math.floor(1000 + Math.random() * 8999)}`;

beforeAll(async () => {
  first = await createTestLead();
  second = await createTestLead();
  spam = await createTestLead({ spam: true });
  coordinatorId = (await createStaff()).user.id;
  await db.lead.update({
    where: { id: first.id },
    data: { fullName: `Maria Ivanova-${unique}`, email: `maria.${unique}@example.com`, phone, countryCode: "DE", locale: "de", assigneeId: coordinatorId, status: "CONTACTED", createdAt: new Date("2026-01-10T12:00:00Z") },
  });
});

describe("the leads list", () => {
  it("lists newest first and keeps quarantined spam out unless asked for", async () => {
    const { leads } = await listLeads("en", {});
    expect(leads[0]!.reference).toBe(second.reference);
    expect(leads.map((lead) => lead.createdAt.getTime())).toEqual(leads.map((lead) => lead.createdAt.getTime()).sort((a, b) => b - a));
    expect(leads.map((lead) => lead.reference)).not.toContain(spam.reference);
    expect(await find({ status: "QUARANTINED" })).toContain(spam.reference);
  });

  it("finds a lead by reference, email, phone in any formatting, or part of the name", async () => {
    const dialled = phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "+1 ($1) $2-$3");
    for (const q of [first.reference.toLowerCase(), `MARIA.${unique.toUpperCase()}@example.com`, dialled, `ivanova-${unique.slice(0, 4)}`]) {
      expect(await find({ q }), q).toEqual([first.reference]);
    }
  });

  it("filters by status, assignee, country, site language and date", async () => {
    // Other tests' leads share this database: assert on this test's own leads.
    const contactedInGermany = await find({ status: "CONTACTED", country: "DE" });
    expect(contactedInGermany).toContain(first.reference);
    expect(contactedInGermany).not.toContain(second.reference);
    expect(await find({ assignee: coordinatorId })).toEqual([first.reference]);
    expect(await find({ assignee: "none" })).not.toContain(first.reference);
    expect(await find({ locale: "de", from: "2026-01-10", to: "2026-01-10" })).toContain(first.reference);
    expect(await find({ locale: "de", from: "2026-01-11" })).not.toContain(first.reference);
    expect(await find({ locale: "de", to: "2026-01-09" })).not.toContain(first.reference);
  });

  it("ignores malformed filters instead of failing", async () => {
    expect(leadFiltersSchema.parse({ status: "DROP TABLE", from: "yesterday", page: "-3", country: "germany" })).toEqual({});
  });
});
