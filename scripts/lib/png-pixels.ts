import { inflateSync } from "node:zlib";

export type Pixels = { width: number; height: number; rgba: Uint8Array };

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const channelsOf: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Decodes the PNGs a browser writes (8-bit grey, RGB or RGBA, not interlaced) to RGBA, with node:zlib alone. */
export function decodePng(file: Buffer): Pixels {
  if (!file.subarray(0, 8).equals(signature)) throw new Error("Not a PNG file");
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let offset = 8; offset < file.length; ) {
    const length = file.readUInt32BE(offset);
    const type = file.toString("latin1", offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = channelsOf[body[9]!] ?? 0;
      if (body[8] !== 8 || !channels || body[12] !== 0) throw new Error("Only 8-bit, non-interlaced, non-palette PNGs are read");
    } else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) unfilterRow(raw, rows, y, stride, channels);
  return { width, height, rgba: toRgba(rows, width * height, channels) };
}

function unfilterRow(raw: Buffer, out: Uint8Array, y: number, stride: number, channels: number) {
  const filter = raw[y * (stride + 1)]!;
  const source = y * (stride + 1) + 1;
  const row = y * stride;
  for (let x = 0; x < stride; x += 1) {
    const left = x >= channels ? out[row + x - channels]! : 0;
    const up = y > 0 ? out[row - stride + x]! : 0;
    const upLeft = y > 0 && x >= channels ? out[row - stride + x - channels]! : 0;
    const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
    if (predictor === undefined) throw new Error(`Unknown PNG filter ${filter}`);
    out[row + x] = (raw[source + x]! + predictor) & 0xff;
  }
}

function paeth(left: number, up: number, upLeft: number) {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function toRgba(samples: Uint8Array, pixelCount: number, channels: number) {
  if (channels === 4) return samples;
  const rgba = new Uint8Array(pixelCount * 4);
  for (let index = 0; index < pixelCount; index += 1) {
    const at = index * channels;
    const grey = channels <= 2;
    rgba.set([samples[at]!, samples[grey ? at : at + 1]!, samples[grey ? at : at + 2]!, channels % 2 === 0 ? samples[at + channels - 1]! : 255], index * 4);
  }
  return rgba;
}

/** The share of pixels that differ; where the sizes differ, every pixel outside the shared area counts as different. */
export function differingShare(before: Pixels, after: Pixels) {
  const width = Math.min(before.width, after.width);
  const height = Math.min(before.height, after.height);
  let differing = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const a = (y * before.width + x) * 4;
      const b = (y * after.width + x) * 4;
      for (let channel = 0; channel < 4; channel += 1) {
        if (before.rgba[a + channel] !== after.rgba[b + channel]) {
          differing += 1;
          break;
        }
      }
    }
  }
  const area = Math.max(before.width, after.width) * Math.max(before.height, after.height);
  return (differing + area - width * height) / area;
}
