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
          include: ["{app,lib,components,scripts,prisma,messages}/**/*.test.{ts,tsx}"],
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
          globalSetup: ["tests/setup/template-database.ts"],
          setupFiles: ["tests/setup/worker-environment.ts", "tests/setup/fail-on-console-error.ts"],
          // Each test file has its own database, so files run in parallel; they mostly wait on PostgreSQL, SMTP and
          // timers, so more workers than the 2 cores of the machine still shortens the run (README: Tests).
          maxWorkers: 4,
          // After the unit project, which keeps its own default number of workers.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          server,
        },
      },
    ],
  },
});
