import { globToRegExp } from "./import-boundaries.mjs";
import { importVisitor, readSource, repoPath, resolveImport } from "./imports.mjs";

/**
 * A client component ("use client") must not import a server-only module (one with `import "server-only"`), unless
 * that module is a set of server actions ("use server"), which the browser calls over the network. Only the client
 * file's own imports are followed, not what those modules import in turn; type-only imports load nothing and pass.
 * The files matching `alwaysIn` follow the same rule without the directive: components/ renders what pages fetch.
 */
export const clientImportsNoServerOnly = {
  meta: {
    type: "problem",
    docs: { description: 'Forbid a "use client" file to import a module that imports "server-only"' },
    schema: [
      {
        type: "object",
        properties: { root: { type: "string" }, alwaysIn: { type: "array", items: { type: "string" } } },
        required: ["root"],
        additionalProperties: false,
      },
    ],
    messages: {
      serverOnly: "'{{specifier}}' is server-only (it imports \"server-only\"): a client component, or any file of components/, cannot import it",
    },
  },
  create(context) {
    const [{ root, alwaysIn = [] }] = context.options;
    const file = repoPath(context.filename, root);
    const always = alwaysIn.some((glob) => globToRegExp(glob).test(file));
    if (!always && !directives(context.sourceCode.ast.body).includes("use client")) return {};
    return importVisitor((node, specifier, typeOnly) => {
      if (!typeOnly && isServerOnly(specifier, resolveImport(specifier, context.filename, root))) {
        context.report({ node, messageId: "serverOnly", data: { specifier } });
      }
    });
  },
};

function directives(statements) {
  const prologue = [];
  for (const statement of statements) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") break;
    prologue.push(statement.directive);
  }
  return prologue;
}

function isServerOnly(specifier, target) {
  if (specifier === "server-only") return true;
  if (target.kind !== "file" || !target.exists) return false;
  const source = readSource(target.absolute);
  return serverOnlyImport.test(source) && !serverActions.test(source);
}

const serverOnlyImport = /^import\s+["']server-only["'];?\s*$/m;
// A directive is the file's first statement; only comments may come before it.
const serverActions = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;
