import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { storageNamespaces } from "./file-storage";
import { moveLegacyLeadFiles } from "./legacy-layout";
import { createLocalFileStorage } from "./local-file-storage";

const directory = path.resolve(env.UPLOAD_DIR);

/** The app's one store of lead files. Several app instances need UPLOAD_DIR on a shared volume. */
export const fileStorage = createLocalFileStorage({
  directory,
  masterKey: Buffer.from(env.FILE_ENCRYPTION_KEY, "base64"),
  namespace: storageNamespaces.leadFiles,
});

/** Moves lead files stored before namespaces existed into the lead files' folder (lib/storage/legacy-layout.ts). */
export const moveLegacyFiles = (unfinishedBefore: Date) => moveLegacyLeadFiles(directory, unfinishedBefore);
