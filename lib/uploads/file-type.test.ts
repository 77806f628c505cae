import { describe, expect, it } from "vitest";
import {
  type AllowedFileType,
  allowedFileTypes,
  createFileTypeSniffer,
  detectFileType,
  extensionMatchesType,
  MAX_RETAINED_BYTES,
  mimeTypes,
} from "./file-type";

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))));

function sniff(chunks: Uint8Array[]): Promise<AllowedFileType | null> {
  const sniffer = createFileTypeSniffer();
  for (const chunk of chunks) sniffer.push(chunk);
  return sniffer.finish();
}

function inChunksOf(data: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < data.length; offset += size) chunks.push(data.subarray(offset, offset + size));
  return chunks;
}

/** A stored ZIP local file header (+ data); with a data descriptor the sizes are left zero, as streaming writers do. */
function zipEntry(name: string, data = "", { dataDescriptor = false, extra = "" } = {}): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(dataDescriptor ? 0x08 : 0, 6);
  header.writeUInt32LE(dataDescriptor ? 0 : data.length, 18);
  header.writeUInt32LE(dataDescriptor ? 0 : data.length, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  const descriptor = dataDescriptor ? bytes([0x50, 0x4b, 0x07, 0x08], Buffer.alloc(12)) : Buffer.alloc(0);
  return bytes(header, name, extra, data, descriptor);
}

const endOfCentralDirectory = bytes([0x50, 0x4b, 0x05, 0x06], Buffer.alloc(18));
const zipOf = (...entries: Buffer[]) => bytes(...entries, endOfCentralDirectory);

const docx = zipOf(
  zipEntry("[Content_Types].xml", "<Types/>"),
  zipEntry("_rels/.rels", "<Relationships/>"),
  zipEntry("word/document.xml", "<w:document/>", { dataDescriptor: true, extra: "UT\x05\x00\x01abcd" }),
);

function ftyp(major: string, compatible: string[]): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(16 + 4 * compatible.length);
  return bytes(size, "ftyp", major, [0, 0, 0, 0], ...compatible, Buffer.alloc(64));
}

const dicomOf = (preamble: Buffer) => bytes(preamble, Buffer.alloc(128 - preamble.length), "DICM", [2, 0, 0, 0]);

const samples: Record<AllowedFileType, Buffer> = {
  pdf: bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0"),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR"),
  heic: ftyp("heic", ["mif1", "heic"]),
  webp: bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "),
  dicom: dicomOf(Buffer.alloc(0)),
  zip: zipOf(zipEntry("IMG0001.dcm", "scan one"), zipEntry("IMG0002.dcm", "scan two")),
  docx,
};

describe("detectFileType", () => {
  it.each(allowedFileTypes)("recognises %s from its bytes", async (type) => {
    expect(await detectFileType(samples[type])).toBe(type);
    expect(mimeTypes[type]).toMatch(/^(application|image)\//);
  });

  it("decides from a stream fed one byte at a time", async () => {
    expect(await sniff(inChunksOf(samples.pdf, 1))).toBe("pdf");
    expect(await sniff(inChunksOf(docx, 1))).toBe("docx");
  });

  it("recognises a PNG signature split across two chunks at any point", async () => {
    for (let split = 1; split < 8; split++) {
      expect(await sniff([samples.png.subarray(0, split), samples.png.subarray(split)])).toBe("png");
    }
  });

  it("recognises DICOM by DICM at offset 128, even when the preamble mimics another format", async () => {
    expect(await detectFileType(dicomOf(Buffer.from("innocuous preamble")))).toBe("dicom");
    expect(await detectFileType(dicomOf(samples.pdf))).toBe("dicom");
    expect(await detectFileType(dicomOf(zipEntry("word/document.xml")))).toBe("dicom");
    expect(await detectFileType(bytes(Buffer.alloc(127), "DICM"))).toBeNull(); // One byte early.
  });

  it("tells DOCX from ZIP even when a local header straddles two chunks", async () => {
    for (let split = 1; split < docx.length; split++) {
      expect(await sniff([docx.subarray(0, split), docx.subarray(split)])).toBe("docx");
    }
  });

  it("keeps a ZIP without both DOCX markers as zip", async () => {
    const xlsx = zipOf(zipEntry("[Content_Types].xml", "<Types/>"), zipEntry("xl/workbook.xml", "<workbook/>"));
    expect(await detectFileType(xlsx)).toBe("zip");
    expect(await detectFileType(zipOf(zipEntry("word/document.xml")))).toBe("zip");
    expect(await detectFileType(zipOf(zipEntry("[Content_Types].xml"), zipEntry("words/list.txt")))).toBe("zip");
    expect(await detectFileType(zipOf(zipEntry("[Content_Types].xml"), zipEntry("word/")))).toBe("zip");
  });

  it("accepts an empty or truncated ZIP whose first bytes are a local header", async () => {
    expect(await detectFileType(bytes([0x50, 0x4b, 0x03, 0x04]))).toBe("zip");
    expect(await detectFileType(docx.subarray(0, 40))).toBe("zip");
  });

  it("accepts HEIF brands but rejects AVIF, which also lists the generic mif1 brand", async () => {
    expect(await detectFileType(ftyp("mif1", ["mif1", "heic"]))).toBe("heic");
    expect(await detectFileType(ftyp("msf1", ["msf1", "iso8"]))).toBe("heic");
    expect(await detectFileType(ftyp("avif", ["avif", "mif1", "miaf"]))).toBeNull();
    expect(await detectFileType(ftyp("isom", ["isom", "mp41"]))).toBeNull(); // An MP4 video.
    // A compatible brand past the ftyp box's end does not count.
    expect(await detectFileType(bytes(ftyp("isom", []).subarray(0, 16), "heic"))).toBeNull();
    // A chunk that is a view into a larger buffer.
    const padded = bytes("junk", ftyp("heix", []));
    expect(await sniff([padded.subarray(4)])).toBe("heic");
  });

  it("keeps its own rules where file-type would decide otherwise", async () => {
    // file-type reads past a byte order mark or an ID3 tag and names what follows.
    expect(await detectFileType(bytes([0xef, 0xbb, 0xbf], samples.pdf))).toBeNull();
    expect(await detectFileType(bytes("ID3", [3, 0, 0, 0, 0, 0, 2], "..", samples.jpeg))).toBeNull();
    // file-type takes "%PDF" without the dash of every version header.
    expect(await detectFileType(bytes("%PDF1.7\n"))).toBeNull();
    // file-type calls a JPEG-LS file "jls"; it has always counted as a JPEG here.
    expect(await detectFileType(bytes([0xff, 0xd8, 0xff, 0xf7], "JFIF"))).toBe("jpeg");
    // file-type wants a PNG's chunks up to its image data within what it is given.
    expect(await detectFileType(bytes(samples.png.subarray(0, 8), "not a chunk"))).toBe("png");
    // file-type goes by the major brand alone.
    expect(await detectFileType(ftyp("mif1", ["mif1", "avif"]))).toBeNull();
    expect(await detectFileType(ftyp("isom", ["isom", "heic"]))).toBe("heic");
  });

  it("rejects everything else", async () => {
    expect(await detectFileType(new Uint8Array(0))).toBeNull();
    expect(await detectFileType(bytes("MZ", [0x90, 0, 3, 0], Buffer.alloc(200)))).toBeNull();
    expect(await detectFileType(bytes("GIF89a", Buffer.alloc(10)))).toBeNull();
    expect(await detectFileType(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))).toBeNull();
    expect(await detectFileType(samples.png.subarray(0, 7))).toBeNull();
    expect(await detectFileType(bytes("hello, world\n"))).toBeNull();
    let seed = 42;
    const random = Uint8Array.from({ length: 5000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0x7f);
    expect(await detectFileType(random)).toBeNull();
  });

  it("streams a 30 MB ZIP in 64 KB chunks, retaining only a small fixed buffer", async () => {
    expect(MAX_RETAINED_BYTES).toBeLessThanOrEqual(8 * 1024);
    const size = 30 * 1024 * 1024;
    const sniffer = createFileTypeSniffer();
    sniffer.push(zipEntry("[Content_Types].xml", "<Types/>"));
    const bigHeader = zipEntry("IMG0001.dcm", "", { dataDescriptor: true });
    sniffer.push(bigHeader);
    // One reused buffer, overwritten before every push, as a stream may do: the sniffer must copy what it keeps.
    const chunk = new Uint8Array(64 * 1024);
    for (let sent = 0; sent < size; sent += chunk.length) {
      chunk.fill((sent / chunk.length) % 2 === 0 ? 0x00 : 0xaa);
      sniffer.push(chunk);
    }
    sniffer.push(zipOf(zipEntry("word/document.xml", "<w:document/>")));
    expect(await sniffer.finish()).toBe("docx");
  });

  it("refuses pushes after finish", () => {
    const sniffer = createFileTypeSniffer();
    sniffer.finish();
    expect(() => sniffer.push(samples.pdf)).toThrow(/after finish/);
  });
});

describe("extensionMatchesType", () => {
  it("accepts plausible extensions in any case", () => {
    expect(extensionMatchesType("scan.PDF", "pdf")).toBe(true);
    expect(extensionMatchesType("x.jpg", "jpeg")).toBe(true);
    expect(extensionMatchesType("x.jpeg", "jpeg")).toBe(true);
    expect(extensionMatchesType("x.heif", "heic")).toBe(true);
    expect(extensionMatchesType("x.HEIC", "heic")).toBe(true);
    expect(extensionMatchesType("x.dcm", "dicom")).toBe(true);
    expect(extensionMatchesType("x.dicom", "dicom")).toBe(true);
    expect(extensionMatchesType("1.2.840.113619.2.55.3.6046", "dicom")).toBe(true);
    expect(extensionMatchesType("letter.docx", "docx")).toBe(true);
    expect(extensionMatchesType("C:\\scans\\series.zip", "zip")).toBe(true);
  });

  it("accepts a name without an extension for every type", () => {
    for (const type of allowedFileTypes) {
      expect(extensionMatchesType("IM000001", type)).toBe(true);
      expect(extensionMatchesType("folder.v2/IM000001", type)).toBe(true);
    }
  });

  it("refuses an extension that contradicts the bytes", async () => {
    expect(extensionMatchesType("report.pdf", (await detectFileType(samples.png)) ?? "pdf")).toBe(false);
    expect(extensionMatchesType("photo.jpg", "png")).toBe(false);
    expect(extensionMatchesType("scan.dcm", "zip")).toBe(false);
    expect(extensionMatchesType("letter.docx", "zip")).toBe(false);
    expect(extensionMatchesType("image.123", "png")).toBe(false);
    expect(extensionMatchesType("setup.exe", "pdf")).toBe(false);
  });
});
