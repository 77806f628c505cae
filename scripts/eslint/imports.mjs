import { readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";

const extensions = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];

/**
 * Where an import leads, as the boundary rules see it: a file of this repository (its path from the root, with
 * forward slashes, resolved on disk when it exists) or a package (its name: `zod` for `zod/mini`, `node:fs` for `fs`).
 * `@/` means the repository's root, as in tsconfig.json.
 */
export function resolveImport(specifier, importingFile, root) {
  let absolute;
  if (specifier.startsWith("@/")) absolute = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) absolute = path.resolve(path.dirname(importingFile), specifier);
  else return { kind: "package", name: packageName(specifier) };
  const found = extensions.map((extension) => absolute + extension).find(isFile);
  const file = found ?? absolute;
  return { kind: "file", path: repoPath(file, root), absolute: file, exists: found !== undefined };
}

export function repoPath(file, root) {
  return path.relative(root, file).split(path.sep).join("/");
}

function packageName(specifier) {
  if (specifier.startsWith("node:")) return specifier.split("/")[0];
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return builtinModules.includes(name) ? `node:${name}` : name;
}

function isFile(file) {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

const contents = new Map();
/** A file's text, read once per lint run. */
export function readSource(file) {
  if (!contents.has(file)) contents.set(file, readFileSync(file, "utf8"));
  return contents.get(file);
}

/**
 * Calls `check(node, specifier, typeOnly)` for each import, re-export and literal `import()` of the linted file.
 * A type-only import (`import type`, or every name marked `type`) is erased by TypeScript, so it loads nothing.
 */
export function importVisitor(check) {
  const visit = (node, typeOnly) => {
    if (node.source && typeof node.source.value === "string") check(node, node.source.value, typeOnly);
  };
  return {
    ImportDeclaration: (node) =>
      visit(node, node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"))),
    ExportNamedDeclaration: (node) =>
      visit(node, node.exportKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.exportKind === "type"))),
    ExportAllDeclaration: (node) => visit(node, node.exportKind === "type"),
    ImportExpression: (node) => {
      if (node.source.type === "Literal") visit(node, false);
    },
  };
}
