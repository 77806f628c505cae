import { beforeAll, describe, expect, it } from "vitest";
import { serveLeadFile } from "@/lib/leads/lead-file-download";
import { serveLeadExport } from "@/lib/leads/lead-export";
import { listLeads } from "@/lib/leads/lead-queries";
import { db } from "@/lib/db";
import { leadFiltersSchema } from "@/lib/validation/lead-filters";
import { browserHeaders, createStaff, signedInCookie } from "@/tests/factories/staff";

let adminCookie: string;

beforeAll(async () => {
  adminCookie = await signedInCookie(await createStaff("coordinator", "admin"));
});

const hostileQueries: Record<string, string>[] = [
  { q: "\u0000" },
  { q: "Olena\u0000" },
  { q: "%00" },
  { from: "0000-01-01" },
  { to: "0000-12-31" },
  { from: "2026-02-31" },
  { from: "275760-09-13" },
  { to: "9999-12-31" },
  { assignee: "x\u0000" },
  { page: "1e309" },
];

describe("the workspace's query and route parameters", () => {
  it.each(hostileQueries)("the leads list answers %j without a database error", async (query) => {
    await expect(listLeads("en", leadFiltersSchema.parse(query))).resolves.toMatchObject({ page: expect.any(Number) });
  });

  it("ignores a search with control characters and dates PostgreSQL cannot hold, and keeps real ones", () => {
    expect(leadFiltersSchema.parse({ q: "a\u0000b", from: "0000-01-01", to: "2026-02-31" })).toEqual({});
    expect(leadFiltersSchema.parse({ q: " Zoe\u0301 ", from: "2026-01-31", to: "2026-02-28" })).toEqual({
      q: "Zoé",
      from: "2026-01-31",
      to: "2026-02-28",
    });
  });

  it("answers a file id with control characters as not found, and logs the refused probe", async () => {
    const probe = `cm0000000000000000000000\u0000`;
    const anonymous = await serveLeadFile(new Request("http://localhost/api/admin/files/x", { headers: browserHeaders() }), probe);
    expect(anonymous.status).toBe(401);
    const logged = await db.authEvent.findFirstOrThrow({ where: { kind: "ACCESS_REFUSED" }, orderBy: { createdAt: "desc" } });
    expect(logged.detail).toBe("file:cm0000000000000000000000\uFFFD");

    const signedIn = await serveLeadFile(new Request("http://localhost/api/admin/files/x", { headers: browserHeaders({ cookie: adminCookie }) }), probe);
    expect(signedIn.status).toBe(404);
  });

  it("refuses an export whose filters are malformed before sending a single byte of CSV", async () => {
    for (const query of ["?q=%00", "?from=0000-01-01", "?status=DROP"]) {
      const response = await serveLeadExport(
        new Request(`http://localhost/api/admin/leads/export${query}`, { headers: browserHeaders({ cookie: adminCookie }) }),
      );
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type"), query).not.toContain("text/csv");
    }
  });
});
