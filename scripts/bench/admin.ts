import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { generateSecrets } from "../lib/development-secrets";
import { freePort, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { prepareDatabase } from "../lib/prepare-database";
import { startSmtpSink } from "../lib/smtp-sink";
import { loadTest } from "./http-load";
import { buildAndStartNext } from "./next-server";

/**
 * `npm run bench:admin`: seeds 100,000 leads, signs in a coordinator, and times the leads list through `npm start`
 * (session check, query, rendering): the first page, a filtered page and a search, one request at a time. Beside each,
 * in the same run, the bare SQL a hand-written list would need (page + count) timed with `pg`: the floor.
 */
const leadCount = Number(process.env.BENCH_LEADS ?? 100_000);
const requests = 200;

const directory = await mkdtemp(path.join(os.tmpdir(), "careport-bench-admin-"));
const database = await startEmbeddedPostgres({ directory, database: "careport_bench", persistent: false });
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const mailSink = await startSmtpSink();
Object.assign(process.env, {
  // As under `next start`: the session cookie's name and flags depend on it.
  NODE_ENV: "production",
  ...generateSecrets(),
  SMTP_URL: mailSink.url,
  DATABASE_URL: database.databaseUrl,
  APP_URL: origin,
  UPLOAD_DIR: path.join(directory, "uploads"),
  NEXT_TELEMETRY_DISABLED: "1",
});

const seedLeads = `
  INSERT INTO "Lead" ("id","reference","submissionId","status","fullName","email","countryCode","phone","contactChannel",
    "preferredLanguage","message","writerRole","consentVersion","consentedAt","locale","timeZone","respondBy","createdAt")
  SELECT 'bench-' || i,
    'CP-' || upper(substr(lpad(to_hex(i), 8, '0'), 1, 4)) || '-' || upper(substr(lpad(to_hex(i), 8, '0'), 5, 4)),
    'bench-submission-' || i,
    (ARRAY['NEW','CONTACTED','QUALIFIED','AWAITING_RECORDS','SENT_TO_CLINIC','OFFER_SENT','BOOKED','LOST','SPAM'])[1 + i % 9]::"LeadStatus",
    'Patient ' || i || ' ' || (ARRAY['Ivanova','Schmidt','Kovalenko','Haddad','Smith','Petrenko'])[1 + i % 6],
    'patient' || i || '@example.com',
    (ARRAY['UA','DE','RU','AE','GB','KZ','IL','PL'])[1 + i % 8],
    '+3806' || lpad(i::text, 8, '0'),
    'WHATSAPP', 'en', 'Liver metastases; asking about options.', 'PATIENT', '2026-11-23', now(),
    (ARRAY['en','ru','uk','de','ar'])[1 + i % 5]::"Locale", 'Europe/Kyiv',
    now() - make_interval(mins => i) + interval '30 minutes', now() - make_interval(mins => i)
  FROM generate_series(1, $1::int) AS i`;
const seedNotifications = `
  INSERT INTO "Notification" ("id","leadId","kind","recipients","status","attempts","nextAttemptAt","createdAt","sentAt")
  SELECT 'bench-n-' || "id", "id", 'COORDINATOR_NEW_LEAD', ARRAY['coordinators@careport.test'], 'SENT', 1, "createdAt", "createdAt", "createdAt"
  FROM "Lead" WHERE "id" LIKE 'bench-%'`;

const cases = [
  { name: "first page", query: "", sql: `SELECT * FROM "Lead" WHERE "status" <> 'QUARANTINED' ORDER BY "createdAt" DESC LIMIT 25`, count: `SELECT count(*) FROM "Lead" WHERE "status" <> 'QUARANTINED'` },
  { name: "filtered: new leads from Germany", query: "?status=NEW&country=DE", sql: `SELECT * FROM "Lead" WHERE "status" = 'NEW' AND "countryCode" = 'DE' ORDER BY "createdAt" DESC LIMIT 25`, count: `SELECT count(*) FROM "Lead" WHERE "status" = 'NEW' AND "countryCode" = 'DE'` },
  { name: "search: part of a name", query: "?q=77777%20Petrenko", sql: `SELECT * FROM "Lead" WHERE "status" <> 'QUARANTINED' AND "fullName" ILIKE '%77777 Petrenko%' ORDER BY "createdAt" DESC LIMIT 25`, count: `SELECT count(*) FROM "Lead" WHERE "status" <> 'QUARANTINED' AND "fullName" ILIKE '%77777 Petrenko%'` },
  { name: "search: an email", query: "?q=patient54321%40example.com", sql: `SELECT * FROM "Lead" WHERE "status" <> 'QUARANTINED' AND "email" ILIKE 'patient54321@example.com' ORDER BY "createdAt" DESC LIMIT 25`, count: `SELECT count(*) FROM "Lead" WHERE "status" <> 'QUARANTINED' AND "email" ILIKE 'patient54321@example.com'` },
  { name: "search: a phone number", query: "?q=%2B380%2060%20005%204321", sql: `SELECT * FROM "Lead" WHERE "status" <> 'QUARANTINED' AND "phone" LIKE '%380600054321%' ORDER BY "createdAt" DESC LIMIT 25`, count: `SELECT count(*) FROM "Lead" WHERE "status" <> 'QUARANTINED' AND "phone" LIKE '%380600054321%'` },
  { name: "search: a reference", query: "?q=CP-0001-0F2C", sql: `SELECT * FROM "Lead" WHERE "reference" = 'CP-0001-0F2C' ORDER BY "createdAt" DESC LIMIT 25`, count: `SELECT count(*) FROM "Lead" WHERE "reference" = 'CP-0001-0F2C'` },
];

async function timeSql(client: pg.Client, statements: string[], times: number) {
  const latencies: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    await Promise.all(statements.map((statement) => client.query(statement)));
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  return { p50: latencies[Math.floor(times / 2)]!, p95: latencies[Math.floor(times * 0.95)]! };
}

let server: Awaited<ReturnType<typeof buildAndStartNext>> | undefined;
const client = new pg.Client({ connectionString: database.databaseUrl });
try {
  await prepareDatabase(database.databaseUrl);
  await client.connect();
  console.log(`Seeding ${leadCount.toLocaleString("en")} leads …`);
  await client.query(seedLeads, [leadCount]);
  await client.query(seedNotifications);
  await client.query("ANALYZE");

  const { createStaffAccount } = await import("../../lib/staff/staff-accounts");
  const { signInStaff } = await import("../../lib/auth/sign-in");
  const account = { email: "bench@careport.test", password: "bench coordinator password" };
  await createStaffAccount({ ...account, name: "Bench Coordinator", roles: ["coordinator"] });
  const signedIn = await signInStaff(account, new Headers({ "x-forwarded-for": "10.0.0.1" }));
  if (signedIn.outcome !== "signedIn") throw new Error(`bench sign-in failed: ${signedIn.outcome}`);
  const cookie = signedIn.cookieHeader;

  server = await buildAndStartNext(port);
  console.log(`\nLeads list with ${leadCount.toLocaleString("en")} leads, ${requests} requests each, one at a time (ms):\n`);
  console.log("| case | page p50 | page p95 | errors | bare SQL p50 | bare SQL p95 |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const each of cases) {
    const url = `${origin}/en/admin/leads${each.query}`;
    await loadTest({ url, requests: 20, connections: 1, headers: { cookie } }); // warm-up
    const page = await loadTest({ url, requests, connections: 1, headers: { cookie } });
    const floor = await timeSql(client, [each.sql, each.count], requests);
    const cells = [page.p50, page.p95].map((n) => n.toFixed(0));
    console.log(`| ${each.name} | ${cells.join(" | ")} | ${page.errors} | ${floor.p50.toFixed(1)} | ${floor.p95.toFixed(1)} |`);
  }
} finally {
  server?.kill("SIGTERM");
  await client.end().catch(() => {});
  await database.stop();
  await mailSink.close();
  await rm(directory, { recursive: true, force: true });
}
