import eslintComments from "@eslint-community/eslint-plugin-eslint-comments/configs";
import js from "@eslint/js";
import nextVitals from "eslint-config-next/core-web-vitals";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import { careport } from "./scripts/eslint/plugin.mjs";

const root = import.meta.dirname;
/** Pure modules (no imports) that schemas and capabilities both need: the locale list and the staff roles. */
const pureModules = ["lib/i18n/locales.ts", "lib/staff/roles.ts"];
/**
 * lib/'s capabilities in layers; a layer imports its own and lower layers, never a higher one (README: "Layout").
 * Foundation: plumbing every capability may use. Domain: the catalog, settings, staff and their sign-in, and the
 * outbox. Leads: a lead's whole life, which uses all of those. Jobs: the periodic work that drives them.
 */
const domain = [
  "lib/catalog/**",
  "lib/catalog-content/**",
  "lib/catalog-editing/**",
  "lib/settings/**",
  "lib/auth/**",
  "lib/staff/**",
  "lib/notifications/**",
];
const foundation = [
  "lib/*.ts",
  ...["observability", "formats", "validation", "i18n", "security", "rate-limit", "seo", "mail", "storage", "uploads"].map((folder) => `lib/${folder}/**`),
];
const zodEntry = "import zod through @/lib/validation/zod, the one entry (it builds every schema without eval)";

export default defineConfig([
  globalIgnores([".next/**", ".data/**", ".tmp/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  js.configs.recommended,
  nextVitals,
  tseslint.configs.strict,
  eslintComments.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Every `eslint-disable` says why, after `--`.
      "@eslint-community/eslint-comments/require-description": "error",
      // With noUncheckedIndexedAccess, `match[1]!` after a regex that guarantees the group is the idiom; a runtime
      // check there would be a branch no input can reach.
      "@typescript-eslint/no-non-null-assertion": "off",
      // It only says that the React Compiler would skip a component (react-hook-form's watch()); Careport does not
      // run the compiler.
      "react-hooks/incompatible-library": "off",
    },
  },
  {
    plugins: { careport },
    rules: {
      "careport/client-imports-no-server-only": ["error", { root, alwaysIn: ["components/**"] }],
      "careport/import-boundaries": [
        "error",
        {
          root,
          boundaries: [
            {
              from: ["lib/**"],
              disallow: ["app/**", "components/**"],
              message: "lib/ is server logic and never imports app/ or components/",
            },
            {
              from: ["components/**"],
              disallow: ["app/**"],
              message: "components/ never import app/ (actions live in lib/<capability>/actions.ts)",
            },
            {
              from: foundation,
              except: ["**/*.test.ts"],
              disallow: [...domain, "lib/leads/**", "lib/jobs/**", ...pureModules.map((file) => `!${file}`)],
              message: "a foundation module (lib/*.ts, observability, formats, validation, i18n, security, rate-limit, seo, mail, storage, uploads) imports no capability above it",
            },
            {
              from: domain,
              except: ["**/*.test.ts"],
              disallow: ["lib/leads/**", "lib/jobs/**"],
              message: "catalog, settings, auth, staff and notifications never import lib/leads or lib/jobs (leads use them, not the reverse)",
            },
            {
              from: ["lib/leads/**"],
              except: ["**/*.test.ts"],
              disallow: ["lib/jobs/**"],
              message: "lib/leads never imports lib/jobs (jobs drive leads)",
            },
            {
              from: ["lib/validation/**"],
              except: ["**/*.test.ts"],
              allow: ["lib/validation/**", ...pureModules],
              allowPackages: ["zod", "libphonenumber-js"],
              message: `lib/validation is a leaf: zod, libphonenumber-js, lib/validation/* and the pure modules ${pureModules.join(", ")} only`,
            },
            {
              from: pureModules,
              allow: [],
              allowPackages: [],
              message: "a pure module imports nothing, so schemas and capabilities can both import it",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: ["lib/validation/zod.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "zod", message: zodEntry }], patterns: [{ group: ["zod/*"], message: zodEntry }] }],
    },
  },
]);
