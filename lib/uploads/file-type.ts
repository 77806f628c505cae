import { fileTypeFromBuffer } from "file-type";

// Decides an upload's type from its bytes alone, while it streams through the server in chunks of any size.
// file-type names most formats from the first bytes; our rules stay where it decides otherwise or cannot see enough.

export const allowedFileTypes = ["pdf", "jpeg", "png", "heic", "webp", "dicom", "zip", "docx"] as const;
export type AllowedFileType = (typeof allowedFileTypes)[number];

export const mimeTypes: Record<AllowedFileType, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  heic: "image/heic",
  webp: "image/webp",
  dicom: "application/dicom",
  zip: "application/zip",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export interface FileTypeSniffer {
  push(chunk: Uint8Array): void;
  finish(): Promise<AllowedFileType | null>;
}

const HEAD_BYTES = 4096;
const ZIP_HEADER_BYTES = 30;
const CONTENT_TYPES = "[Content_Types].xml";
// Longest partial local header we ever carry between chunks: fixed part plus enough of the name to classify it.
const ZIP_CARRY_BYTES = ZIP_HEADER_BYTES + CONTENT_TYPES.length;
const MAX_ZIP_ENTRIES = 2000;
/** Upper bound on the bytes a sniffer keeps, whatever the file's size. */
export const MAX_RETAINED_BYTES = HEAD_BYTES + ZIP_CARRY_BYTES;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** The formats file-type names for us, by its names; JPEG-LS (`jls`) is a JPEG as it always was here. */
const byFileTypeName: Partial<Record<string, AllowedFileType>> = { pdf: "pdf", jpg: "jpeg", jls: "jpeg", webp: "webp" };
const HEVC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs"]);
const HEIF_BRANDS = new Set(["mif1", "msf1"]);
const AV1_BRANDS = new Set(["avif", "avis"]);

function hasBytes(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  return offset + expected.length <= bytes.length && expected.every((byte, i) => bytes[offset + i] === byte);
}

function hasAscii(bytes: Uint8Array, offset: number, text: string): boolean {
  return hasBytes(bytes, offset, Array.from(text, (char) => char.charCodeAt(0)));
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function isHeif(head: Uint8Array): boolean {
  if (head.length < 12 || !hasAscii(head, 4, "ftyp")) return false;
  const boxEnd = Math.min(new DataView(head.buffer, head.byteOffset).getUint32(0), head.length);
  const brands = [ascii(head, 8, 4)];
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) brands.push(ascii(head, offset, 4));
  // AVIF files also list the generic HEIF brands (mif1/msf1), so those only count when no AV1 brand is present.
  if (brands.some((brand) => HEVC_BRANDS.has(brand))) return true;
  return brands.some((brand) => HEIF_BRANDS.has(brand)) && !brands.some((brand) => AV1_BRANDS.has(brand));
}

/** Finds ZIP local file headers anywhere in the stream (data descriptors make entry sizes unknowable up front). */
class ZipEntryScanner {
  private carry = new Uint8Array(0);
  private entries = 0;
  sawContentTypes = false;
  sawWordEntry = false;

  get done(): boolean {
    return this.entries >= MAX_ZIP_ENTRIES || (this.sawContentTypes && this.sawWordEntry);
  }

  push(chunk: Uint8Array): void {
    const bytes = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    for (let i = 0; i + ZIP_SIGNATURE.length <= bytes.length && !this.done; i++) {
      if (bytes[i] !== 0x50 || !hasBytes(bytes, i, ZIP_SIGNATURE)) continue;
      const name = i + ZIP_HEADER_BYTES;
      const nameLength = name <= bytes.length ? (bytes[i + 26] ?? 0) | ((bytes[i + 27] ?? 0) << 8) : 0;
      if (name > bytes.length || name + Math.min(nameLength, CONTENT_TYPES.length) > bytes.length) {
        this.carry = bytes.slice(i); // The header straddles the chunk boundary: wait for the rest.
        return;
      }
      this.entries++;
      if (nameLength === CONTENT_TYPES.length && hasAscii(bytes, name, CONTENT_TYPES)) this.sawContentTypes = true;
      if (nameLength > 5 && hasAscii(bytes, name, "word/")) this.sawWordEntry = true;
    }
    // A signature may begin in the last three bytes.
    this.carry = bytes.slice(Math.max(0, bytes.length - (ZIP_SIGNATURE.length - 1)));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

async function nameByFileType(head: Uint8Array): Promise<AllowedFileType | null> {
  // file-type reads past a UTF-8 byte order mark or an ID3 tag and names what follows; here a file is what it starts with.
  if (hasBytes(head, 0, UTF8_BOM) || hasAscii(head, 0, "ID3")) return null;
  const detected = await fileTypeFromBuffer(head).catch(() => undefined);
  const type = (detected && byFileTypeName[detected.ext]) ?? null;
  // Every PDF header reads "%PDF-1.x"; file-type settles for "%PDF".
  return type === "pdf" && !hasAscii(head, 0, "%PDF-") ? null : type;
}

async function classifyHead(head: Uint8Array, zip: ZipEntryScanner): Promise<AllowedFileType | null> {
  // DICM at 128 wins over whatever the free-form preamble starts with: a DICOM reader ignores the preamble
  // and parses what follows, so that is what the file is (OWASP notes the preamble can mimic other formats).
  if (hasAscii(head, 128, "DICM")) return "dicom";
  // file-type names a PNG only after walking its chunks to the image data, which may lie beyond the head kept here.
  if (hasBytes(head, 0, PNG_SIGNATURE)) return "png";
  const named = await nameByFileType(head);
  if (named) return named;
  // file-type goes by the major brand alone, which would take AVIF files branded mif1 and miss HEIF ones branded otherwise.
  if (isHeif(head)) return "heic";
  // Telling DOCX from ZIP needs entries from anywhere in the stream, long after the head.
  if (hasBytes(head, 0, ZIP_SIGNATURE)) return zip.sawContentTypes && zip.sawWordEntry ? "docx" : "zip";
  return null;
}

export function createFileTypeSniffer(): FileTypeSniffer {
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  const zip = new ZipEntryScanner();
  let finished = false;

  return {
    push(chunk) {
      if (finished) throw new Error("FileTypeSniffer: push() after finish()");
      const copied = Math.min(chunk.length, HEAD_BYTES - headLength);
      head.set(chunk.subarray(0, copied), headLength);
      headLength += copied;
      const mayBeZip = headLength < ZIP_SIGNATURE.length || hasBytes(head, 0, ZIP_SIGNATURE);
      if (mayBeZip && !zip.done) zip.push(chunk);
    },
    finish() {
      finished = true;
      return classifyHead(head.subarray(0, headLength), zip);
    },
  };
}

/** Convenience for whole buffers (tests, small files): same logic. */
export function detectFileType(bytes: Uint8Array): Promise<AllowedFileType | null> {
  const sniffer = createFileTypeSniffer();
  sniffer.push(bytes);
  return sniffer.finish();
}

const extensions: Record<AllowedFileType, readonly string[]> = {
  pdf: ["pdf"],
  jpeg: ["jpg", "jpeg", "jpe", "jfif"],
  png: ["png"],
  heic: ["heic", "heif", "hif"],
  webp: ["webp"],
  dicom: ["dcm", "dicom", "dic"],
  zip: ["zip"],
  docx: ["docx"],
};

/**
 * True when the name's extension (if it has one) is plausible for the detected type; a name without an extension
 * is acceptable for every type. Used to refuse e.g. "report.pdf" whose bytes are a PNG.
 */
export function extensionMatchesType(fileName: string, type: AllowedFileType): boolean {
  const baseName = fileName.split(/[\\/]/).pop() ?? "";
  const dot = baseName.lastIndexOf(".");
  if (dot <= 0 || dot === baseName.length - 1) return true; // No extension (a leading dot marks a hidden file).
  const extension = baseName.slice(dot + 1).toLowerCase();
  // Scanners often name DICOM files after their UID (e.g. "1.2.840.113619.2.55.3.6046"), leaving a numeric "extension".
  if (type === "dicom" && /^\d+$/.test(extension)) return true;
  return extensions[type].includes(extension);
}
