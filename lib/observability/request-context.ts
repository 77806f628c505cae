import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export interface RequestContext {
  requestId: string;
  /** A request Next.js decodes as a server action (scripts/lib/server-action-faults.ts). */
  serverAction?: boolean;
  /** Set when a server action's own code starts (lib/auth/action-client.ts). */
  actionStarted?: boolean;
}

// Kept on globalThis: the production server (scripts/server.ts) and the code Next.js bundles load this module as
// separate copies, and both must see the same store for a request's id to reach every log line.
const key = Symbol.for("careport.requestContext");
const globalStore = globalThis as { [key]?: AsyncLocalStorage<RequestContext> };
const storage = (globalStore[key] ??= new AsyncLocalStorage<RequestContext>());

export const newRequestId = () => randomUUID();

export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return runInRequestContext({ requestId }, work);
}

export function runInRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function noteActionStarted() {
  const context = storage.getStore();
  if (context) context.actionStarted = true;
}

/** A server action request that failed before the action's code ran: Next.js could not decode what was sent. */
export function isUndecodedServerAction(context = storage.getStore()) {
  return Boolean(context?.serverAction && !context.actionStarted);
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
