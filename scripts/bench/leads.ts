import { createHmac, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import pg from "pg";
import { CONSENT_VERSION } from "../../lib/validation/consultation";
import { generateSecrets } from "../lib/development-secrets";
import { freePort, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { prepareDatabase } from "../lib/prepare-database";
import { startSmtpSink } from "../lib/smtp-sink";
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

function formToken() {
  const issued = String(Date.now() - 60_000);
  return `${issued}.${createHmac("sha256", secrets.SESSION_SECRET).update(`form:${issued}`).digest("base64url")}`;
}

const answers = () => ({
  submissionId: randomUUID(),
  fullName: "Bench Patient",
  // One address per request: the per-address cap on confirmations would otherwise send fewer emails than real traffic.
  email: `bench-${randomUUID()}@example.com`,
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

const boundary = "careport-bench-boundary";
const fieldPart = (name: string, value: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const formFields = () =>
  fieldPart("locale", "en") +
  fieldPart("data", JSON.stringify(answers())) +
  fieldPart("meta", JSON.stringify({ formToken: formToken(), website: "", timeZone: "Europe/Berlin" }));

function post(url: string, headers: http.OutgoingHttpHeaders, body: Buffer | Readable, agent?: http.Agent) {
  return new Promise<number>((resolve) => {
    const request = http.request(url, { method: "POST", headers, agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", () => resolve(0));
    if (Buffer.isBuffer(body)) request.end(body);
    else body.pipe(request);
  });
}

let clientCounter = 0;
function sendToCareport(agent: http.Agent) {
  const body = Buffer.from(`${formFields()}--${boundary}--\r\n`);
  clientCounter += 1;
  return post(
    `${origin}/api/consultations`,
    {
      origin,
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "content-length": body.length,
      "x-forwarded-for": `10.${(clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`,
    },
    body,
    agent,
  );
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
    send: (agent: http.Agent) => {
      const body = Buffer.from(JSON.stringify(answers()));
      return post(url, { "content-type": "application/json", "content-length": body.length }, body, agent);
    },
    stop: async () => {
      server.close();
      await pool.end();
    },
  };
}

async function measure(concurrency: number, total: number, send: (agent: http.Agent) => Promise<number>) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started += 1;
      const begin = performance.now();
      const status = await send(agent);
      latencies.push(performance.now() - begin);
      if (status !== 201) errors += 1;
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - begin) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!;
  return { rate: total / seconds, p50: at(0.5), p95: at(0.95), errors };
}

/** Three files (20 + 20 + 9.5 MB, just under the 50 MB total), generated on the fly so the client stays small. */
function largeUpload() {
  const sizes = [20 * mb - 1024, 20 * mb - 1024, 9.5 * mb];
  const chunk = Buffer.alloc(64 * 1024, 7);
  async function* parts() {
    yield Buffer.from(formFields());
    for (const [index, size] of sizes.entries()) {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="scan-${index}.pdf"\r\n` +
          "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n",
      );
      for (let sent = 9; sent < size; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, size - sent));
      yield Buffer.from("\r\n");
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  }
  return Readable.from(parts());
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

  await measure(10, 200, sendToCareport); // warm-up: compile-on-first-use and connection pools
  await measure(10, 200, baseline.send);
  console.log("\nConsultation requests without files (loopback, keep-alive):\n");
  console.log("| clients | Careport req/s | p50 ms | p95 ms | bare Node + pg req/s | p50 ms | p95 ms | Careport / bare |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const concurrency of levels) {
    const total = requestsAt(concurrency);
    const careport = await measure(concurrency, total, sendToCareport);
    const bare = await measure(concurrency, total, baseline.send);
    if (careport.errors || bare.errors) console.log(`(errors: Careport ${careport.errors}, bare ${bare.errors})`);
    const cells = [careport.rate, careport.p50, careport.p95, bare.rate, bare.p50, bare.p95].map((n) => n.toFixed(n >= 100 ? 0 : 1));
    console.log(`| ${concurrency} | ${cells.join(" | ")} | ${((careport.rate / bare.rate) * 100).toFixed(0)} % |`);
  }
  await baseline.stop();

  const idle = await treeRss(server.pid!);
  const stopSampling = sampleRss(server.pid!);
  const status = await post(
    `${origin}/api/consultations`,
    { origin, "content-type": `multipart/form-data; boundary=${boundary}`, "x-forwarded-for": "10.255.255.1" },
    largeUpload(),
  );
  const peak = await stopSampling();
  console.log(
    `\nOne ~49.5 MB upload (3 files, chunked): status ${status}; server RSS ${(idle / mb).toFixed(0)} MB before, ` +
      `peak ${(peak / mb).toFixed(0)} MB during (+${((peak - idle) / mb).toFixed(0)} MB).`,
  );
} finally {
  server?.kill("SIGTERM");
  await database.stop();
  await mailSink.close();
  await rm(directory, { recursive: true, force: true });
}
