import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { createLocalFileStorage } from "./local-file-storage";

/** The app's one file store. Several app instances need UPLOAD_DIR on a shared volume. */
export const fileStorage = createLocalFileStorage({
  directory: path.resolve(env.UPLOAD_DIR),
  masterKey: Buffer.from(env.FILE_ENCRYPTION_KEY, "base64"),
});
