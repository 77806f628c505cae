import { createHash, randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { consultationPart } from "@/lib/validation/consultation-request";
import { consultationTextParts, multipartBody } from "@/tests/fixtures/multipart";
import { consultationFields } from "./support/consultation-request";

/**
 * POST /api/consultations against the running `next start`, through a raw Node HTTP client: a browser often reports
 * an early 413 as a reset connection, and only a hand-streamed body shows when the server answers.
 */
const appUrl = new URL(process.env.APP_URL ?? "http://127.0.0.1:3100");
const mb = 1024 * 1024;
const chunkSize = 64 * 1024;
const boundary = `----careport-e2e-${randomUUID()}`;

interface FileSource {
  name: string;
  size: number;
  chunks: () => Iterable<Buffer>;
}

/** A PDF of `size` bytes made on the fly, one reused 64 KB chunk at a time, so 60 MB costs no memory. */
function generatedPdf(name: string, size: number): FileSource {
  const filler = Buffer.alloc(chunkSize, "0");
  return {
    name,
    size,
    *chunks() {
      const header = Buffer.from("%PDF-1.7\n");
      yield Buffer.concat([header, filler.subarray(0, chunkSize - header.length)]);
      for (let sent = chunkSize; sent < size; sent += chunkSize) yield filler.subarray(0, Math.min(chunkSize, size - sent));
    },
  };
}

function pdfFromBytes(name: string, bytes: Buffer): FileSource {
  return {
    name,
    size: bytes.length,
    *chunks() {
      for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
    },
  };
}

/** The fields first, then the file, as the browser form sends them. */
function multipart(file: FileSource) {
  const fields = multipartBody({ boundary, parts: consultationTextParts(consultationFields()), ending: "" });
  const head = Buffer.concat([
    fields,
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${consultationPart.files}"; filename="${file.name}"\r\n` +
        "Content-Type: application/pdf\r\n\r\n",
    ),
  ]);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    length: head.length + file.size + tail.length,
    *chunks() {
      yield head;
      yield* file.chunks();
      yield tail;
    },
  };
}

interface Reply {
  status: number;
  body: Record<string, unknown>;
  /** Body bytes handed to the socket when the response arrived. */
  writtenBeforeReply: number;
}

/**
 * Streams the body with backpressure and stops writing as soon as a response arrives. Without `contentLength` the
 * body goes chunked, so the server cannot judge the size from the headers. EPIPE and ECONNRESET after the response
 * are expected (the server stops reading a refused upload); before it, they are the failure under test.
 */
function post(
  body: ReturnType<typeof multipart>,
  // Each test sends from its own address (X-Forwarded-For) so the per-IP rate limit stays out of the way.
  options: { ip: string; contentLength?: boolean; origin?: string; holdAfterBytes?: number },
) {
  return new Promise<Reply>((resolve, reject) => {
    const request = http.request(new URL("/api/consultations", appUrl), {
      method: "POST",
      agent: false,
      headers: {
        origin: options.origin ?? appUrl.origin,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "x-forwarded-for": options.ip,
        ...(options.contentLength ? { "content-length": String(body.length) } : { "transfer-encoding": "chunked" }),
      },
    });
    let written = 0;
    let stopped = false;
    let wake = () => {};
    const stop = () => {
      stopped = true;
      wake();
    };

    request.on("response", (response) => {
      const writtenBeforeReply = written;
      stop();
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      // The same race as a reset before the reply: the server closed the refused upload's socket mid-reply.
      response.on("error", (error) => reject(new Error(`ECONNRESET after ${(written / mb).toFixed(1)} MB (reply cut off: ${error.message})`)));
      response.on("end", () => {
        request.destroy();
        const text = Buffer.concat(chunks).toString("utf8");
        try {
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown>, writtenBeforeReply });
        } catch {
          reject(new Error(`Expected a JSON response, got ${response.statusCode}: ${text.slice(0, 200)}`));
        }
      });
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      const expected = error.code === "EPIPE" || error.code === "ECONNRESET";
      if (stopped && expected) return;
      const when = stopped ? "" : ", before any response";
      stop();
      reject(new Error(`${error.code ?? error.message} after ${(written / mb).toFixed(1)} MB${when}`));
    });

    void (async () => {
      for (const chunk of body.chunks()) {
        // Holding the rest back leaves the server nothing but the headers to decide on, and no write to race its reply.
        if (stopped || (options.holdAfterBytes !== undefined && written >= options.holdAfterBytes)) return;
        written += chunk.length;
        if (!request.write(chunk)) {
          await new Promise<void>((resume) => {
            wake = resume;
            request.once("drain", resume);
          });
        }
      }
      if (!stopped) request.end();
    })();
  });
}

test("a 60 MB upload is refused with 413 without being buffered", async () => {
  test.setTimeout(120_000);
  // The server stops reading at the limit and answers; the closing socket can reset the connection before the client
  // has read that answer (which is why browsers often show an early 413 as a reset). Try a few times to read it.
  let reply: Reply | undefined;
  for (let attempt = 0; attempt < 3 && !reply; attempt += 1) {
    reply = await post(multipart(generatedPdf("big.pdf", 60 * mb)), { ip: `198.51.100.${10 + attempt}` }).catch(
      (error: Error) => {
        if (!/^(EPIPE|ECONNRESET) after/.test(error.message)) throw error;
        return undefined;
      },
    );
  }
  if (!reply) throw new Error("the connection was reset before a reply three times in a row");
  expect(reply.status).toBe(413);
  expect(reply.body).toEqual({ error: "fileTooLarge", file: "big.pdf" });
  expect(reply.writtenBeforeReply).toBeLessThan(60 * mb);
});

test("a 60 MB upload that says so in Content-Length is refused on the header alone", async () => {
  test.setTimeout(120_000);
  const body = multipart(generatedPdf("big.pdf", 60 * mb));
  const reply = await post(body, { ip: "198.51.100.2", contentLength: true, holdAfterBytes: 256 * 1024 });
  expect(reply.status).toBe(413);
  // The streamed checks would have answered fileTooLarge at 20 MB: totalTooLarge can only come from the header.
  expect(reply.body).toEqual({ error: "totalTooLarge" });
  expect(reply.writtenBeforeReply).toBeLessThanOrEqual(256 * 1024 + 64 * 1024);
});

test("a 15 MB file arrives intact through the running server", async () => {
  test.setTimeout(120_000);
  const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(15 * mb - 9)]);
  const reply = await post(multipart(pdfFromBytes("records.pdf", bytes)), { ip: "198.51.100.3", contentLength: true });
  expect(reply.status).toBe(201);
  expect(reply.body.reference).toMatch(/^CP-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT l.status, f."originalName", f.size, f.sha256, f."detectedType"
         FROM "LeadFile" f JOIN "Lead" l ON l.id = f."leadId" WHERE l.reference = $1`,
      [reply.body.reference],
    );
    expect(rows).toEqual([
      {
        status: "NEW",
        originalName: "records.pdf",
        size: 15 * mb,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        detectedType: "pdf",
      },
    ]);
  } finally {
    await client.end();
  }
});

test("a cross-origin POST is refused", async () => {
  const reply = await post(multipart(generatedPdf("a.pdf", 1024)), { ip: "198.51.100.4", origin: "https://evil.example" });
  expect(reply.status).toBe(403);
  expect(reply.body).toEqual({ error: "invalidRequest" });
});
