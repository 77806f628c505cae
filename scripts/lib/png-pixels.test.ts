import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodePng, differingShare } from "./png-pixels";

function chunk(type: string, body: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  // The decoder does not check CRCs, so four zero bytes stand in for one.
  return Buffer.concat([length, Buffer.from(type, "latin1"), body, Buffer.alloc(4)]);
}

/** A PNG whose rows are stored with the given filters (the decoder must undo each). */
function png(width: number, rows: number[][], colourType: 2 | 6, filters: number[]) {
  const channels = colourType === 6 ? 4 : 3;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(rows.length, 4);
  header.set([8, colourType, 0, 0, 0], 8);
  const raw = rows.flatMap((row, y) => {
    const above = rows[y - 1];
    const filtered = row.map((value, x) => {
      const left = x >= channels ? row[x - channels]! : 0;
      const up = above ? above[x]! : 0;
      const upLeft = above && x >= channels ? above[x - channels]! : 0;
      const estimate = left + up - upLeft;
      const paeth = [left, up, upLeft].sort((a, b) => Math.abs(estimate - a) - Math.abs(estimate - b))[0]!;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filters[y]!]!;
      return (value - predictor + 256) & 0xff;
    });
    return [filters[y]!, ...filtered];
  });
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.from(raw))), chunk("IEND", Buffer.alloc(0))]);
}

const rgbRows = [
  [10, 20, 30, 200, 100, 50],
  [11, 22, 33, 0, 255, 7],
  [250, 1, 2, 3, 4, 5],
  [100, 100, 100, 200, 200, 200],
  // Stored with the Paeth filter, whose predictor for the second pixel is the one above-left.
  [10, 10, 10, 50, 50, 50],
];

describe("decodePng", () => {
  it("undoes every row filter of an RGB image and adds an opaque alpha", () => {
    const pixels = decodePng(png(2, rgbRows, 2, [0, 1, 2, 3, 4]));
    expect([pixels.width, pixels.height]).toEqual([2, 5]);
    expect([...pixels.rgba.subarray(0, 8)]).toEqual([10, 20, 30, 255, 200, 100, 50, 255]);
    expect([...pixels.rgba.subarray(32, 40)]).toEqual([10, 10, 10, 255, 50, 50, 50, 255]);
  });

  it("keeps the alpha of an RGBA image", () => {
    const pixels = decodePng(png(1, [[1, 2, 3, 4], [5, 6, 7, 8]], 6, [4, 4]));
    expect([...pixels.rgba]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("refuses what is not a PNG", () => {
    expect(() => decodePng(Buffer.from("GIF89a"))).toThrow("Not a PNG file");
  });
});

describe("differingShare", () => {
  const image = (width: number, height: number, fill = 0) => ({ width, height, rgba: new Uint8Array(width * height * 4).fill(fill) });

  it("counts the pixels that differ in any channel", () => {
    const after = image(2, 2);
    after.rgba[5] = 1;
    expect(differingShare(image(2, 2), image(2, 2))).toBe(0);
    expect(differingShare(image(2, 2), after)).toBe(0.25);
  });

  it("counts a page grown taller as different where it grew", () => {
    expect(differingShare(image(2, 2), image(2, 4))).toBe(0.5);
  });
});
