import { clientImportsNoServerOnly } from "./client-server-only.mjs";
import { importBoundaries } from "./import-boundaries.mjs";

/** Careport's own lint rules (eslint.config.mjs turns them on). */
export const careport = {
  meta: { name: "careport" },
  rules: { "import-boundaries": importBoundaries, "client-imports-no-server-only": clientImportsNoServerOnly },
};
