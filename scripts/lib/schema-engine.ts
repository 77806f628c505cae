import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { migrationAdapterFactory } from "./migration-adapter";

const require = createRequire(import.meta.url);

let lastPanic: string | undefined;

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let bindingsReady: Promise<Bindings> | undefined;

// The Wasm module is instantiated once per process: instantiating it again under live bindings corrupts them.
function loadBindings(): Promise<Bindings> {
  bindingsReady ??= (async () => {
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = require.resolve("@prisma/schema-engine-wasm").replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { "./schema_engine_bg.js": bindings });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    (bindings as unknown as { __wbg_set_wasm(exports: unknown): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return bindingsReady;
}

/**
 * Prisma's official Wasm build of the schema engine: migrations work where the native engine binary cannot be
 * downloaded, and keep Prisma's standard layout, so `prisma migrate deploy` works on the same database.
 */
export async function openSchemaEngine(databaseUrl: string, schemaPath: string): Promise<{ engine: SchemaEngine; close(): Promise<void> }> {
  const bindings = await loadBindings();
  const schema = await readFile(schemaPath, "utf8");
  const factory = migrationAdapterFactory(databaseUrl);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await bindings.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    async close() {
      engine.free();
      await factory.disconnect();
    },
  };
}

export function describeEngineError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return lastPanic ? `${message}\n(schema engine panic: ${lastPanic})` : message;
}
