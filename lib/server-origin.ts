/**
 * Where this process's own server answers, for requests it makes to itself (lib/page-refresh.ts).
 * Set by the production server once it listens; kept on globalThis because the server script and Next.js's bundles
 * load this module separately. Unset under `next dev`, which caches no page.
 */
const shared = globalThis as { careportServerOrigin?: string };

export function setServerOrigin(origin: string) {
  shared.careportServerOrigin = origin;
}

export function serverOrigin(): string | undefined {
  return shared.careportServerOrigin;
}
