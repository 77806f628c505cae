import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/locales";
import { deleteLeadWithFiles } from "@/lib/leads/delete-lead";
import { createFormToken } from "@/lib/leads/form-token";
import { handleConsultationSubmission } from "@/lib/leads/handle-submission";
import { purgeExpiredRateLimits } from "@/lib/rate-limit/rate-limit";
import { resetSetting, updateSetting } from "@/lib/settings/settings";
import { createLocalFileStorage } from "@/lib/storage/local-file-storage";
import { contactChannels } from "@/lib/validation/consultation-fields";
import { consultationPart } from "@/lib/validation/consultation-request";
import { brokenFiles, storedFiles, validFile } from "@/tests/fixtures/consultation-fuzz/file-breaks";
import { messageText, personName, word } from "@/tests/fixtures/consultation-fuzz/hostile-text";
import { brokenJson } from "@/tests/fixtures/consultation-fuzz/json-breaks";
import { brokenContentType, brokenFraming, noise, oddContentType } from "@/tests/fixtures/consultation-fuzz/request-breaks";
import { buildRequest, mutation, validDraft, type Mutation } from "@/tests/fixtures/consultation-fuzz/submission";
import { brokenText, toleratedText } from "@/tests/fixtures/consultation-fuzz/text-breaks";

/** Every code the handler answers a malformed or invalid request with (lib/leads: handle-submission, receive-multipart). */
const REFUSAL_CODES = ["invalidRequest", "validation", "fileType", "fileTooLarge", "totalTooLarge", "tooManyFiles"];
const REFUSAL = new RegExp(`^4(?!29)\\d\\d \\{"error":"(${REFUSAL_CODES.join("|")})"`);

type Storage = ReturnType<typeof createLocalFileStorage>;
const masterKey = randomBytes(32);
let storageRoot: string;
let sent = 0;
/** Leads in the database before the run; every request here leaves it unchanged (accepted ones are removed). */
let leadCount: number;

/** Files under a folder, after a moment: a write stream can still be opening a file when the response is sent. */
async function filesIn(directory: string) {
  await sleep(1);
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(storageRoot, path.join(entry.parentPath, entry.name)));
}

/** Sends one request; each gets its own storage folder, so a file found there is that request's. */
async function send(mutations: Mutation[]) {
  sent += 1;
  const directory = path.join(storageRoot, String(sent));
  const storage = createLocalFileStorage({ directory, masterKey });
  const draft = validDraft(createFormToken(new Date(Date.now() - 60_000)));
  const request = buildRequest(`${env.APP_URL}/api/consultations`, draft, mutations, {
    origin: new URL(env.APP_URL).origin,
    "x-forwarded-for": `198.18.${(sent >> 8) & 255}.${sent & 255}`,
  });
  const response = await handleConsultationSubmission(request, { storage });
  const outcome = `${response.status} ${JSON.stringify(await response.json())}`;
  const submissionId = (draft.data as { submissionId?: unknown } | null)?.submissionId;
  return { outcome, status: response.status, submissionId, storage, directory };
}

async function expectRefused(mutations: Mutation[]) {
  const { outcome, directory, storage, submissionId } = await send(mutations);
  const leadsAfter = await db.lead.count();
  // A request accepted by mistake must not leave its lead behind for the next run or the next test file.
  if (leadsAfter !== leadCount && typeof submissionId === "string") await removeLead(storage, submissionId);
  expect(outcome).toMatch(REFUSAL);
  expect(leadsAfter, "no lead row").toBe(leadCount);
  expect(await filesIn(directory), "no stored file").toEqual([]);
}

/** Deletes the lead a request created, with its files, and returns it for inspection. */
async function removeLead(storage: Storage, submissionId: unknown) {
  const lead = await db.lead.findUniqueOrThrow({ where: { submissionId: String(submissionId) }, include: { files: true } });
  await deleteLeadWithFiles(storage, lead);
  return lead;
}

const validPhones = { UA: "067 123 4567", DE: "0151 12345678", AE: "050 123 4567", EG: "010 1234 5678", US: "(201) 555-0123" };
const some = (arbitrary: fc.Arbitrary<Mutation>, maxLength = 2) => fc.array(arbitrary, { minLength: 1, maxLength });
const harmless = fc.array(fc.oneof(noise, storedFiles), { maxLength: 3 });
/** Noise first, then what breaks the request, so nothing can repair it. */
const refusable = (breaking: fc.Arbitrary<Mutation[]>) => fc.tuple(harmless, breaking).map(([extra, breaks]) => [...extra, ...breaks]);
const anyBreak = fc.oneof(brokenFraming, brokenJson, brokenText, brokenFiles);

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "careport-fuzz-"));
  await updateSetting("rateLimit", { max: 100_000, windowSeconds: 10 });
  leadCount = await db.lead.count();
});

afterAll(async () => {
  await resetSetting("rateLimit");
  await purgeExpiredRateLimits(0);
  const leftovers = await filesIn(storageRoot);
  await rm(storageRoot, { recursive: true, force: true });
  expect(leftovers, "files left once every request settled (folder = request number)").toEqual([]);
});

describe("POST /api/consultations under fuzzing: every malformed request is a 4xx refusal that stores nothing", () => {
  it("refuses a missing, malformed or foreign Content-Type", async () => {
    const typeThatBreaks = brokenContentType.map((broken) => [broken]);
    const oddTypeAndABreak = fc.tuple(oddContentType, anyBreak).map((pair) => [...pair]);
    await fc.assert(fc.asyncProperty(refusable(fc.oneof(typeThatBreaks, oddTypeAndABreak)), expectRefused), { numRuns: 300 });
  });

  it("refuses bodies that are not a complete multipart form", async () => {
    await fc.assert(fc.asyncProperty(refusable(some(brokenFraming)), expectRefused), { numRuns: 300 });
  });

  it("refuses data, meta and locale that are not JSON of the right shape", async () => {
    await fc.assert(fc.asyncProperty(refusable(some(brokenJson)), expectRefused), { numRuns: 500 });
  });

  it("refuses text with control characters, nothing visible, or too long", async () => {
    await fc.assert(fc.asyncProperty(refusable(some(brokenText)), expectRefused), { numRuns: 400 });
  });

  it("refuses files that are empty, unknown, executable, polyglot, misnamed or too many", async () => {
    await fc.assert(fc.asyncProperty(refusable(some(brokenFiles)), expectRefused), { numRuns: 300 });
  });

  it("refuses hostile attribution and stray controls, or stores them without control characters; never a 5xx", async () => {
    const property = fc.asyncProperty(fc.tuple(harmless, some(toleratedText)), async ([extra, hostile]) => {
      const { outcome, status, submissionId, storage, directory } = await send([...extra, ...hostile]);
      if (status === 201) {
        const lead = await removeLead(storage, submissionId);
        const { message, ...singleLine } = { ...lead, utm: Object.values(lead.utm ?? {}).join(" ") };
        // eslint-disable-next-line no-control-regex -- asserting that no control character is left is the point
        expect(message).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
        for (const key of ["fullName", "email", "phone", "sourcePath", "referrer", "utm"] as const) {
          // eslint-disable-next-line no-control-regex -- asserting that no control character is left is the point
          expect(singleLine[key] ?? "", key).not.toMatch(/[\u0000-\u001f]/);
        }
      } else {
        expect(outcome).toMatch(REFUSAL);
        expect(await db.lead.count(), "no lead row").toBe(leadCount);
      }
      expect(await filesIn(directory), "no stored file").toEqual([]);
    });
    await fc.assert(property, { numRuns: 200 });
  });

  it("accepts valid requests in any script, with files (the harness can pass)", async () => {
    const answers = fc.record({
      fullName: personName.filter((name) => name.length > 1),
      message: messageText,
      locale: fc.constantFrom(...locales),
      preferredLanguage: fc.constantFrom(...locales),
      contactChannel: fc.constantFrom(...contactChannels),
      phone: fc.constantFrom(...Object.entries(validPhones)),
      files: fc.array(fc.tuple(validFile, word), { maxLength: 2 }),
    });
    const property = fc.asyncProperty(answers, async (given) => {
      const valid = mutation(`valid answers ${JSON.stringify(given)}`, {
        fields: (draft) => {
          const { phone: [phoneCountry, phoneNumber], files, locale, ...answered } = given;
          Object.assign(draft.data as object, { ...answered, phoneCountry, phoneNumber, countryCode: phoneCountry });
          draft.locale = locale;
          draft.files = files.map(([file, stem]) => ({ field: consultationPart.files, name: `${stem}.${file.extensions[0]}`, bytes: file.bytes }));
        },
      });
      const { outcome, submissionId, storage, directory } = await send([valid]);
      expect(outcome).toMatch(/^201 /);
      const lead = await removeLead(storage, submissionId);
      const expected = [given.fullName.normalize("NFC"), given.message.trim().normalize("NFC"), given.files.length];
      expect([lead.fullName, lead.message, lead.files.length]).toEqual(expected);
      expect(await filesIn(directory)).toEqual([]);
    });
    await fc.assert(property, { numRuns: 60 });
  });
});
