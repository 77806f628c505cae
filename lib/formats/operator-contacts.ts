import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { Operator } from "@/lib/validation/settings";
import { contactLinks } from "./contact-links";

export interface OperatorContact {
  kind: "phone" | "whatsApp" | "email";
  href: string;
  /** What a person reads: a number grouped as dialled ("+44 20 7946 0958"), or the address. */
  shown: string;
}

const grouped = (e164: string) => parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;

/** The ways to reach whoever runs the site, in the order shown: phone, WhatsApp, email. */
export function operatorContacts({ phone, whatsApp, email }: Operator): OperatorContact[] {
  const contacts: OperatorContact[] = [];
  if (phone) contacts.push({ kind: "phone", href: contactLinks(phone, email).tel, shown: grouped(phone) });
  if (whatsApp) contacts.push({ kind: "whatsApp", href: contactLinks(whatsApp, email).whatsApp, shown: grouped(whatsApp) });
  contacts.push({ kind: "email", href: contactLinks("", email).mailto, shown: email });
  return contacts;
}
