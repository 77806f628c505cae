import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { CONSENT_VERSION } from "../../lib/validation/consultation-fields";
import { consultationFormData } from "../../lib/validation/consultation-request";
import { signFormToken } from "../../lib/security/form-token";
import { generateSecrets } from "../lib/development-secrets";
import { freePort, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { prepareDatabase } from "../lib/prepare-database";
import { startSmtpSink } from "../lib/smtp-sink";
import { loadTest, type LoadTarget } from "./http-load";
import { buildAndStartNext } from "./next-server";
import { sampleRss, treeRss } from "./process-memory";

/**
 * `npm run bench:leads`: consultation requests per second and latency through `npm start` (scripts/server.ts) and PostgreSQL, beside
 * a bare Node `http` server that inserts the same row with `pg` (the practical ceiling), and the server's peak
 * memory while a ~50 MB upload streams through. The rate limit is raised and the time trap set to 0 s through
 * settings; every check's query still runs.
 */
const levels = [1, 10, 50];
const requestsAt = (concurrency: number) => (concurrency === 1 ? 200 : 1000);
const mb = 1024 * 1024;

const directory = await mkdtemp(path.join(os.tmpdir(), "careport-bench-leads-"));
const database = await startEmbeddedPostgres({ directory, database: "careport_bench", persistent: false });
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const secrets = generateSecrets();
const mailSink = await startSmtpSink();
Object.assign(process.env, {
  ...secrets,
  SMTP_URL: mailSink.url,
  DATABASE_URL: database.databaseUrl,
  APP_URL: origin,
  UPLOAD_DIR: path.join(directory, "uploads"),
  NEXT_TELEMETRY_DISABLED: "1",
});

const answers = (id: string = randomUUID()) => ({
  submissionId: id,
  fullName: "Bench Patient",
  // One address per request: the per-address cap on confirmations would otherwise send fewer emails than real traffic.
  email: `bench-${id}@example.com`,
  countryCode: "DE",
  phoneCountry: "DE",
  phoneNumber: "0151 12345678",
  contactChannel: "EMAIL",
  preferredLanguage: "en",
  message: "Liver metastases after colon cancer; asking about treatment options.",
  writerRole: "PATIENT",
  recordsCovered: [],
  consent: true,
  consentVersion: CONSENT_VERSION,
});

/** The form's request, opened a minute ago, with `files`. */
const consultation = (id: string, files: File[] = []) =>
  consultationFormData({
    locale: "en",
    data: answers(id),
    meta: { formToken: signFormToken(secrets.SESSION_SECRET, new Date(Date.now() - 60_000)), website: "", timeZone: "Europe/Berlin" },
    files,
  });

let clientCounter = 0;
const nextClientAddress = () => {
  clientCounter += 1;
  return `10.${(clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`;
};

/**
 * Requests without files as the form sends them. FormData encodes the body once; autocannon builds each request
 * synchronously, so each one gets its own id (same length, so the multipart framing holds) and client address.
 */
async function careportTarget(): Promise<LoadTarget> {
  const placeholder = randomUUID();
  const encoded = new Response(consultation(placeholder));
  const contentType = encoded.headers.get("content-type")!;
  const body = await encoded.text();
  return {
    url: `${origin}/api/consultations`,
    method: "POST",
    expectStatus: 201,
    eachRequest: () => ({
      headers: { origin, "content-type": contentType, "x-forwarded-for": nextClientAddress() },
      body: body.replaceAll(placeholder, randomUUID()),
    }),
  };
}

/** The ceiling: parse JSON, insert the same lead row with one pg query, answer 201. */
async function startBaseline(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const lead = JSON.parse(Buffer.concat(chunks).toString()) as ReturnType<typeof answers>;
      const reference = `CP-${randomUUID().slice(0, 4).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`;
      await pool.query(
        `INSERT INTO "Lead" ("id","reference","submissionId","status","fullName","email","countryCode","phone",
          "contactChannel","preferredLanguage","message","writerRole","consentVersion","consentedAt","locale",
          "timeZone","respondBy") VALUES ($1,$2,$3,'NEW',$4,$5,$6,$7,'EMAIL','en',$8,'PATIENT',$9,now(),'en',$10,now())`,
        [randomUUID(), reference, lead.submissionId, lead.fullName, lead.email, lead.countryCode, "+4915112345678",
          lead.message, lead.consentVersion, "Europe/Berlin"],
      );
      response.writeHead(201, { "content-type": "application/json" });
      response.end(JSON.stringify({ reference }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  return {
    target: {
      url,
      method: "POST",
      expectStatus: 201,
      eachRequest: () => ({ headers: { "content-type": "application/json" }, body: JSON.stringify(answers()) }),
    } satisfies LoadTarget,
    stop: async () => {
      server.close();
      await pool.end();
    },
  };
}

/** Three PDFs (20 + 20 + 9.5 MB, just under the 50 MB total). */
function largeFiles() {
  const sizes = [20 * mb - 1024, 20 * mb - 1024, 9.5 * mb];
  return sizes.map((size, index) => {
    const header = Buffer.from("%PDF-1.7\n");
    return new File([header, Buffer.alloc(size - header.length, 7)], `scan-${index}.pdf`, { type: "application/pdf" });
  });
}

let server: Awaited<ReturnType<typeof buildAndStartNext>> | undefined;
try {
  await prepareDatabase(database.databaseUrl);
  const settings = new pg.Client({ connectionString: database.databaseUrl });
  await settings.connect();
  await settings.query(
    `INSERT INTO "Setting" ("key","value","updatedAt") VALUES
       ('rateLimit', '{"max":1000000,"windowSeconds":600}', now()), ('minFillSeconds', '0', now())`,
  );
  await settings.end();

  server = await buildAndStartNext(port);
  const baseline = await startBaseline(database.databaseUrl);

  const careport = await careportTarget();
  const measure = (target: LoadTarget, connections: number, requests: number) => loadTest({ ...target, connections, requests });
  await measure(careport, 10, 200); // warm-up: compile-on-first-use and connection pools
  await measure(baseline.target, 10, 200);
  console.log("\nConsultation requests without files (loopback, keep-alive, autocannon):\n");
  console.log("| clients | Careport req/s | p50 ms | p95 ms | bare Node + pg req/s | p50 ms | p95 ms | Careport / bare |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const concurrency of levels) {
    const total = requestsAt(concurrency);
    const app = await measure(careport, concurrency, total);
    const bare = await measure(baseline.target, concurrency, total);
    if (app.errors || bare.errors) console.log(`(errors: Careport ${app.errors}, bare ${bare.errors})`);
    const cells = [app.rate, app.p50, app.p95, bare.rate, bare.p50, bare.p95].map((n) => n.toFixed(n >= 100 ? 0 : 1));
    console.log(`| ${concurrency} | ${cells.join(" | ")} | ${((app.rate / bare.rate) * 100).toFixed(0)} % |`);
  }
  await baseline.stop();

  const idle = await treeRss(server.pid!);
  const stopSampling = sampleRss(server.pid!);
  const upload = await fetch(`${origin}/api/consultations`, {
    method: "POST",
    headers: { origin, "x-forwarded-for": "10.255.255.1" },
    body: consultation(randomUUID(), largeFiles()),
  });
  const status = upload.status;
  // An unread answer keeps its connection busy, and the server's graceful stop would wait for it.
  await upload.text();
  const peak = await stopSampling();
  console.log(
    `\nOne ~49.5 MB upload (3 files, FormData): status ${status}; server RSS ${(idle / mb).toFixed(0)} MB before, ` +
      `peak ${(peak / mb).toFixed(0)} MB during (+${((peak - idle) / mb).toFixed(0)} MB).`,
  );
} finally {
  server?.kill("SIGTERM");
  await database.stop();
  await mailSink.close();
  await rm(directory, { recursive: true, force: true });
}
