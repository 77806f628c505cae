import "server-only";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import type { FileStorage, StoredFile } from "@/lib/storage/file-storage";
import { cleanFileName } from "@/lib/uploads/file-name";
import { createFileTypeSniffer, extensionMatchesType, type AllowedFileType } from "@/lib/uploads/file-type";
import { UPLOAD_TOO_SLOW, type UploadPace } from "@/lib/uploads/upload-pace";
import { MAX_FILE_BYTES, MAX_FILES, MAX_REQUEST_BYTES, MAX_TOTAL_BYTES } from "@/lib/validation/consultation-files";
import { consultationPart } from "@/lib/validation/consultation-request";
import { SubmissionError } from "./submission-error";
import { createUploadPaceMeter } from "./upload-pace-meter";

export interface ReceivedFile extends StoredFile {
  originalName: string;
  type: AllowedFileType;
}

export interface ReceivedSubmission {
  fields: Map<string, string>;
  files: ReceivedFile[];
}

const tooLarge = (error: string, file?: string) => new SubmissionError(413, { error, file });

// RFC 2046 §5.1.1: 1 to 70 characters, not ending in a space; quoted unless every character is a token character.
const boundary = /;\s*boundary=(?:"([0-9A-Za-z'()+_,./:=? -]{0,69}[0-9A-Za-z'()+_,./:=?-])"|([0-9A-Za-z'+_.-]{1,70}))\s*(?:;|$)/i;

/** `multipart/form-data` exactly, with a well-formed boundary: busboy throws on anything less. */
function isMultipartFormData(contentType: string): boolean {
  return /^multipart\/form-data\s*;/i.test(contentType) && boundary.test(contentType);
}

function createParser(contentType: string) {
  try {
    return busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      limits: { files: MAX_FILES, fileSize: MAX_FILE_BYTES, fields: 20, fieldSize: 64 * 1024, parts: MAX_FILES + 20 },
    });
  } catch {
    throw new SubmissionError(400, { error: "invalidRequest" });
  }
}

/**
 * Streams a multipart request: fields are collected, each file goes through type detection into encrypted storage
 * as it arrives, so memory stays bounded. The first limit crossed rejects at once, and so does a body arriving slower
 * than `pace` (408). On any failure every file already stored is deleted before the error is thrown: nothing is kept
 * for a refused request.
 */
export async function receiveMultipart(request: Request, storage: FileStorage, pace: UploadPace): Promise<ReceivedSubmission> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!isMultipartFormData(contentType) || !request.body) throw new SubmissionError(415, { error: "invalidRequest" });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) throw tooLarge("totalTooLarge");

  const fields = new Map<string, string>();
  const pending: Promise<ReceivedFile | null>[] = [];
  let totalFileBytes = 0;
  // A refusal (SubmissionError), or storage failing (any other error: the handler answers 503 or 500).
  let failure: Error | undefined;
  const activeFiles = new Set<Transform>();

  const parser = createParser(contentType);
  const body = Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>);
  let signalFailure: () => void = () => {};
  const failed = new Promise<void>((resolve) => (signalFailure = resolve));
  // Stops reading at once; the caller answers without waiting for the rest of the body to arrive.
  const fail = (error: Error) => {
    if (!failure) {
      failure = error;
      signalFailure();
    }
    body.destroy();
    for (const file of activeFiles) file.destroy(error);
  };

  parser.on("field", (name, value, info) => {
    if (info.valueTruncated) fail(new SubmissionError(413, { error: "invalidRequest" }));
    fields.set(name, value);
  });
  parser.on("filesLimit", () => fail(tooLarge("tooManyFiles")));
  parser.on("fieldsLimit", () => fail(new SubmissionError(400, { error: "invalidRequest" })));
  parser.on("partsLimit", () => fail(new SubmissionError(400, { error: "invalidRequest" })));
  parser.on("file", (name, stream, info) => {
    const originalName = cleanFileName(info.filename);
    // Parts already buffered still arrive after a refusal: storing them would outlive the answer (and leak a file).
    // A part left unread is drained; its error (the body cut short) must not become an uncaught exception.
    if (failure || name !== consultationPart.files) {
      stream.on("error", () => {}).resume();
      if (!failure) fail(new SubmissionError(400, { error: "invalidRequest" }));
      return;
    }
    const sniffer = createFileTypeSniffer();
    const inspect = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        totalFileBytes += chunk.length;
        if (totalFileBytes > MAX_TOTAL_BYTES) return done(tooLarge("totalTooLarge"));
        sniffer.push(chunk);
        done(null, chunk);
      },
    });
    // Errors reach us through storage.write's rejection; this listener keeps one raised before write() has
    // attached its pipeline (it awaits mkdir first) from becoming an uncaught exception.
    inspect.on("error", () => {});
    activeFiles.add(inspect);
    inspect.on("close", () => activeFiles.delete(inspect));
    stream.on("limit", () => {
      const error = tooLarge("fileTooLarge", originalName);
      fail(error);
      inspect.destroy(error);
    });
    // Errors on either side destroy the other; the outcome reaches us through storage.write's rejection.
    pipeline(stream, inspect).catch(() => {});
    const stored = storage.write(inspect).then(
      async (file) => ({ ...file, originalName, type: await sniffer.finish() }),
      (error: unknown) => {
        // The upload itself broke (a truncated part, a limit, a refusal elsewhere) unless only storage failed.
        const requestBroke = failure || stream.errored || inspect.errored;
        if (error instanceof SubmissionError) fail(error);
        else if (requestBroke) fail(new SubmissionError(400, { error: "invalidRequest" }));
        else fail(error instanceof Error ? error : new Error(String(error)));
        return null;
      },
    );
    pending.push(
      stored.then(async (file) => {
        if (!file) return null;
        if (!file.type || file.size === 0 || !extensionMatchesType(originalName, file.type)) {
          fail(new SubmissionError(415, { error: "fileType", file: originalName }));
        }
        return file as ReceivedFile;
      }),
    );
  });

  const meter = createUploadPaceMeter(pace, () => fail(new SubmissionError(408, { error: UPLOAD_TOO_SLOW })));
  const parsed = pipeline(body, meter, parser).catch(() => {
    if (!failure) fail(new SubmissionError(400, { error: "invalidRequest" }));
  });
  await Promise.race([parsed, failed]);
  const files = await Promise.all(pending);
  if (failure) {
    await Promise.all(files.map((file) => file && storage.delete(file.key)));
    throw failure;
  }
  return { fields, files: files.filter((file): file is ReceivedFile => file !== null) };
}
