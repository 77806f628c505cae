import path from "node:path";
import { defineConfig } from "vitest/config";

const resolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    // What Next's own server bundles do (next/dist/build/create-compiler-aliases.js): server code gets the
    // react-server build of next/navigation, whose redirect() and notFound() need no client React.
    "next/navigation": "next/dist/api/navigation.react-server.js",
  },
  // Server modules import "server-only", which is a no-op only under the react-server condition (as in Next.js).
  conditions: ["react-server"],
};
// Inlined so Vite resolves "server-only" with that condition instead of Node loading its throwing entry.
const server = { deps: { inline: ["server-only"] } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr: { resolve: { conditions: resolve.conditions, externalConditions: resolve.conditions } },
        test: {
          name: "unit",
          include: ["{lib,components,scripts,prisma,messages}/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          server,
        },
      },
      {
        resolve,
        ssr: { resolve: { conditions: resolve.conditions, externalConditions: resolve.conditions } },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/local-database-only.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          server,
        },
      },
    ],
  },
});
