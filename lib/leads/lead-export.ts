import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logAuthEvent } from "@/lib/auth/auth-events";
import { authorizeStaffRequest } from "@/lib/auth/authorize-staff-request";
import { logger } from "@/lib/logger";
import { withRequestId } from "@/lib/observability/request-context";
import { isUnavailable } from "@/lib/observability/unavailable";
import { leadFiltersQuery, leadFiltersSchema, type LeadFilters } from "@/lib/validation/lead-filters";
import { csvRow } from "@/lib/formats/csv";
import { leadListWhere } from "./lead-queries";

const BATCH_SIZE = 500;

/** Codes and slugs rather than translated names, so a spreadsheet sorts and filters the same in every language. */
const columns = [
  "reference",
  "created_at",
  "status",
  "full_name",
  "email",
  "phone",
  "country",
  "treatment",
  "clinic",
  "preferred_channel",
  "language",
  "assignee",
  "first_contacted_at",
];

const exportedFields = {
  id: true,
  reference: true,
  createdAt: true,
  status: true,
  fullName: true,
  email: true,
  phone: true,
  countryCode: true,
  treatment: { select: { slug: true } },
  clinic: { select: { slug: true } },
  contactChannel: true,
  preferredLanguage: true,
  assignee: { select: { name: true } },
  firstContactedAt: true,
} satisfies Prisma.LeadSelect;

type Batch = Awaited<ReturnType<typeof nextBatch>>;

/** The list's order (newest first), one batch after the last row sent: keyset pagination stays fast at any depth. */
function nextBatch(where: Prisma.LeadWhereInput, after: { createdAt: Date; id: string } | null) {
  const rest = after && { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] };
  return db.lead.findMany({
    where: rest ? { AND: [where, rest] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: BATCH_SIZE,
    select: exportedFields,
  });
}

/**
 * The leads matching the filters as CSV, read from the database one batch at a time as the client takes them, so
 * 100,000 leads never sit in memory. It starts with a UTF-8 byte order mark, which Excel needs to read Cyrillic and
 * Arabic names correctly. Erased leads keep their row, with the personal columns empty. The first batch is read
 * before the response starts, so a failing query is an error status rather than a CSV cut short after its header.
 */
function leadsCsv(where: Prisma.LeadWhereInput, firstBatch: Batch): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: { createdAt: Date; id: string } | null = null;
  let pending: Batch | null = firstBatch;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(columns)}`));
    },
    async pull(controller) {
      const leads = pending ?? (await nextBatch(where, after));
      pending = null;
      const rows = leads.map((lead) =>
        csvRow([
          lead.reference,
          lead.createdAt,
          lead.status,
          lead.fullName,
          lead.email,
          lead.phone,
          lead.countryCode,
          lead.treatment?.slug,
          lead.clinic?.slug,
          lead.contactChannel,
          lead.preferredLanguage,
          lead.assignee?.name,
          lead.firstContactedAt,
        ]),
      );
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.join("")));
      if (leads.length < BATCH_SIZE) controller.close();
      else after = leads[leads.length - 1]!;
    },
  });
}

/**
 * `GET /api/admin/leads/export` with the list's query string: the filtered leads as a CSV download, for coordinators who are also admins.
 * Each export is one row in the security log (AuthEvent), with who, from where (hashed) and which filters: it is bulk
 * access to health-related personal data, which lead histories, one lead at a time, cannot record. The search text is
 * left out of the log, as it is often a patient's name or email, which the log would keep after an erasure.
 */
export function serveLeadExport(request: Request): Promise<Response> {
  return withRequestId(async (requestId) => {
    try {
      return await exportLeads(request);
    } catch (error) {
      logger.error({ err: error }, "Leads export failed");
      const unavailable = isUnavailable(error);
      const text = unavailable ? "The database is unavailable. Try again in a minute." : `The export failed (request ${requestId}).`;
      return new Response(text, { status: unavailable ? 503 : 500, headers: { "cache-control": "no-store" } });
    }
  });
}

/**
 * The list ignores a malformed filter; an export must not, or a typo would download every lead instead of a few.
 * Null when a filter given is not one the list understands.
 */
function exportFilters(params: URLSearchParams): LeadFilters | null {
  const filters = leadFiltersSchema.parse(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])));
  const given = Object.keys(leadFiltersSchema.shape).filter((key) => params.get(key));
  return given.every((key) => filters[key as keyof LeadFilters] !== undefined) ? filters : null;
}

async function exportLeads(request: Request): Promise<Response> {
  const { staff, refusal } = await authorizeStaffRequest(request, { detail: "export:leads", role: ["coordinator", "admin"] });
  if (refusal) return refusal;
  const filters = exportFilters(new URL(request.url).searchParams);
  if (!filters) return new Response("A filter of this export is not valid.", { status: 400, headers: { "cache-control": "no-store" } });
  const where = leadListWhere(filters);
  const firstBatch = await nextBatch(where, null);
  const logged = leadFiltersQuery({ ...filters, q: filters.q && "redacted", page: undefined });
  await logAuthEvent("LEADS_EXPORTED", request.headers, { userId: staff.user.id, detail: `export:leads?${logged}` });
  return new Response(leadsCsv(where, firstBatch), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="careport-leads-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
