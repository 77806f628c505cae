import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

interface RequestContext {
  requestId: string;
}

// Kept on globalThis: the production server (scripts/server.ts) and the code Next.js bundles load this module as
// separate copies, and both must see the same store for a request's id to reach every log line.
const key = Symbol.for("careport.requestContext");
const globalStore = globalThis as { [key]?: AsyncLocalStorage<RequestContext> };
const storage = (globalStore[key] ??= new AsyncLocalStorage<RequestContext>());

export const newRequestId = () => randomUUID();

export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Runs `work` under the request id the server gave this request, or a new one (e.g. under `next dev`). */
export function withRequestId<T>(work: (requestId: string) => T): T {
  const existing = currentRequestId();
  if (existing) return work(existing);
  const requestId = newRequestId();
  return runWithRequestId(requestId, () => work(requestId));
}
