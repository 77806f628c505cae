import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";

/** Where a stored key's file is, whatever the folder layout. */
export async function fileOfKey(directory: string, key: string) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const entry = entries.find((candidate) => candidate.isFile() && candidate.name === key);
  if (!entry) throw new Error(`No stored file for ${key}`);
  return path.join(entry.parentPath, entry.name);
}

/** Everything a reader was given before the stream ended or failed, and the failure. */
export async function readUntilError(opening: Promise<Readable>) {
  const emitted: Buffer[] = [];
  const error = await opening.then(
    (stream) =>
      new Promise<Error | undefined>((resolve) => {
        stream.on("data", (chunk: Buffer) => emitted.push(chunk));
        stream.once("error", resolve);
        stream.once("end", () => resolve(undefined));
      }),
    (refusal: unknown) => refusal as Error,
  );
  return { emitted: Buffer.concat(emitted), error };
}
