"use client";

import { useEffect } from "react";
import { utmKeys } from "@/lib/validation/utm-keys";

export const landingStorageKey = "careport:landing";

/**
 * Remembers, for this browser tab only, the campaign parameters and referrer of the page a visit started on, so a
 * consultation request can say where it came from. Nothing leaves the device unless the visitor sends a request.
 */
export function LandingAttribution() {
  useEffect(() => {
    if (sessionStorage.getItem(landingStorageKey)) return;
    const utm = Object.fromEntries(
      [...new URLSearchParams(window.location.search)]
        .filter(([key]) => (utmKeys as readonly string[]).includes(key))
        .map(([key, value]) => [key, value.slice(0, 200)]),
    );
    sessionStorage.setItem(
      landingStorageKey,
      JSON.stringify({ utm, referrer: document.referrer.slice(0, 1000) || undefined, path: window.location.pathname }),
    );
  }, []);
  return null;
}

export function readLandingAttribution(): { utm: Record<string, string>; referrer?: string } | null {
  try {
    return JSON.parse(sessionStorage.getItem(landingStorageKey) ?? "null");
  } catch {
    return null;
  }
}
