/**
 * The consultation form's fixed values, apart from its schema (./consultation.ts) so the form can show them without
 * loading Zod and the phone-number metadata before the visitor starts typing.
 */
export const MAX_MESSAGE_LENGTH = 5000;
export const MAX_LINKS_IN_MESSAGE = 3;
export const CONSENT_VERSION = "2026-11-23";

export const contactChannels = ["PHONE", "WHATSAPP", "TELEGRAM", "VIBER", "EMAIL"] as const;
export const writerRoles = ["PATIENT", "RELATIVE", "PHYSICIAN"] as const;
