import { open } from "node:fs/promises";

/** Up to `length` bytes of a file from `start` (fewer if the file ends first). */
export async function readRange(filePath: string, start: number, length: number) {
  const handle = await open(filePath, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, start);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
