import { importVisitor, repoPath, resolveImport } from "./imports.mjs";

/**
 * Which folder may import which. Each boundary applies to the files matching `from` (minus `except`) and either
 * forbids the repository files matching `disallow` (a pattern starting with "!" exempts files from it), or allows
 * only the files matching `allow` and the packages named in `allowPackages`. Type-only imports count too: a boundary is about what a module knows, not only what it loads.
 */
export const importBoundaries = {
  meta: {
    type: "problem",
    docs: { description: "Keep each folder's imports inside the boundaries of the codebase's picture" },
    schema: [
      {
        type: "object",
        properties: {
          root: { type: "string" },
          boundaries: {
            type: "array",
            items: {
              type: "object",
              properties: {
                from: { type: "array", items: { type: "string" } },
                except: { type: "array", items: { type: "string" } },
                disallow: { type: "array", items: { type: "string" } },
                allow: { type: "array", items: { type: "string" } },
                allowPackages: { type: "array", items: { type: "string" } },
                message: { type: "string" },
              },
              required: ["from", "message"],
              additionalProperties: false,
            },
          },
        },
        required: ["root", "boundaries"],
        additionalProperties: false,
      },
    ],
    messages: { crossed: "'{{specifier}}' crosses a boundary: {{message}}" },
  },
  create(context) {
    const [{ root, boundaries }] = context.options;
    const file = repoPath(context.filename, root);
    const applying = boundaries.filter((b) => matchesAny(file, b.from) && !matchesAny(file, b.except ?? []));
    if (applying.length === 0) return {};
    return importVisitor((node, specifier) => {
      const target = resolveImport(specifier, context.filename, root);
      const crossed = applying.find((boundary) => !permits(boundary, target));
      if (crossed) context.report({ node, messageId: "crossed", data: { specifier, message: crossed.message } });
    });
  },
};

function permits(boundary, target) {
  if (target.kind === "package") return !boundary.allowPackages || boundary.allowPackages.includes(target.name);
  // A file not written yet is judged as the TypeScript module it will be.
  const paths = target.exists ? [target.path] : [target.path, `${target.path}.ts`, `${target.path}.tsx`];
  const disallowed = (boundary.disallow ?? []).filter((glob) => !glob.startsWith("!"));
  const exempt = (boundary.disallow ?? []).filter((glob) => glob.startsWith("!")).map((glob) => glob.slice(1));
  if (paths.some((file) => matchesAny(file, disallowed)) && !paths.some((file) => matchesAny(file, exempt))) return false;
  return !boundary.allow || paths.some((file) => matchesAny(file, boundary.allow));
}

const patterns = new Map();
function matchesAny(file, globs) {
  return globs.some((glob) => {
    if (!patterns.has(glob)) patterns.set(glob, globToRegExp(glob));
    return patterns.get(glob).test(file);
  });
}

/** `*` is any name part, `**` any number of folders. Enough for the boundaries; no braces or character classes. */
export function globToRegExp(glob) {
  const source = glob
    .split("/")
    .map((part) => (part === "**" ? "\u0000" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", "[^/]*")))
    .join("/")
    .replaceAll("\u0000/", "(?:.*/)?")
    .replaceAll("/\u0000", "(?:/.*)?")
    .replaceAll("\u0000", ".*");
  return new RegExp(`^${source}$`);
}
