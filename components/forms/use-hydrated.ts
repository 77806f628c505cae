"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser: a form marks itself ready (`data-ready`) only
 * when its handlers are attached, so nobody (tests included) types into a form that would post without them.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}
