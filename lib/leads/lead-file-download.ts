import "server-only";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { authorizeStaffRequest } from "@/lib/auth/authorize-staff-request";
import { logger } from "@/lib/logger";
import { fileStorage } from "@/lib/storage/storage";
import { isRecordId } from "@/lib/validation/record-id";
import { mimeTypes, type AllowedFileType } from "@/lib/uploads/file-type";
import { canPreview } from "./file-preview";
import { recordLeadAccess } from "./lead-work";

// On every answer of the route; next.config.ts leaves the policy of this route to it.
const neverRunNorStored = { "content-security-policy": "sandbox", "cache-control": "private, no-store" };

/** RFC 6266: an ASCII fallback and the exact name in UTF-8. */
function contentDisposition(kind: "inline" | "attachment", name: string) {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * A lead's file for a signed-in coordinator, decrypted as it streams, with the download logged. Never sniffed or
 * run by the browser: nosniff always, and everything, a preview included, sandboxed (no scripts, no same origin).
 */
export async function serveLeadFile(request: Request, fileId: string): Promise<Response> {
  const { staff, refusal } = await authorizeStaffRequest(request, { detail: `file:${fileId}`, role: "coordinator", headers: neverRunNorStored });
  if (refusal) return refusal;
  const file = isRecordId(fileId) ? await db.leadFile.findUnique({ where: { id: fileId } }) : null;
  if (!file) return new Response("Not found", { status: 404, headers: neverRunNorStored });
  const inline = new URL(request.url).searchParams.get("preview") === "1" && canPreview(file.detectedType);
  // A file missing from storage (a volume not shared between instances, a restore without uploads) is named, not a 500.
  const stored = await fileStorage.read(file.storageKey).catch((error: unknown) => {
    logger.error({ err: error, fileId: file.id }, "A lead file could not be read from storage");
    return null;
  });
  if (!stored) return new Response("This file could not be read from storage. Tell an administrator.", { status: 503, headers: neverRunNorStored });
  // A file changed on disk breaks off mid-download (lib/storage fails closed): that is a security event, not noise.
  stored.once("error", (error) => logger.error({ err: error, fileId: file.id }, "A lead file failed its integrity check while streaming"));
  // Wrapped before the next await: a stream that fails while the history is written can no longer become a body.
  const body = Readable.toWeb(stored) as ReadableStream<Uint8Array>;
  await recordLeadAccess(staff.user.id, file.leadId, file.id).catch((error: unknown) => {
    stored.destroy();
    throw error;
  });
  return new Response(body, {
    headers: {
      "content-type": mimeTypes[file.detectedType as AllowedFileType] ?? "application/octet-stream",
      "content-length": String(file.size),
      "content-disposition": contentDisposition(inline ? "inline" : "attachment", file.originalName),
      "x-content-type-options": "nosniff",
      ...neverRunNorStored,
    },
  });
}
