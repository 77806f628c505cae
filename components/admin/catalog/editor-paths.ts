import type { CatalogItemKind } from "@/lib/generated/prisma/enums";

/** Where the workspace edits a clinic or a doctor. */
export const editorPath = (kind: CatalogItemKind, itemId: string) => (kind === "CLINIC" ? (`/admin/catalog/clinics/${itemId}` as const) : (`/admin/catalog/doctors/${itemId}` as const));
