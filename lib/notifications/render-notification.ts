import { contactLinks } from "@/lib/formats/contact-links";
import { operatorContacts, type OperatorContact } from "@/lib/formats/operator-contacts";
import { createTranslator } from "use-intl/core";
import { countryName } from "@/lib/i18n/display-names";
import type { Locale } from "@/lib/i18n/locales";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import uk from "@/messages/uk.json";
import type { OutgoingMail } from "@/lib/mail/mail-sender";
import type { Operator } from "@/lib/validation/settings";

const messages = { en, ru, uk, de, ar };

export interface NotifiedLead {
  id: string;
  reference: string;
  fullName: string;
  email: string;
  phone: string;
  countryCode: string;
  contactChannel: "PHONE" | "WHATSAPP" | "TELEGRAM" | "VIBER" | "EMAIL";
  preferredLanguage: string;
  locale: Locale;
  timeZone: string;
  respondBy: Date;
  fileCount: number;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function formatTime(date: Date, locale: Locale, timeZone: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(date);
}

/** Contact details and the promise only: no message text, diagnosis, treatment or files ever go by email. */
export function renderCoordinatorEmail(
  lead: NotifiedLead,
  options: { to: string[]; locale: Locale; serviceTimeZone: string; appUrl: string },
): OutgoingMail {
  const t = createTranslator({ locale: options.locale, messages: messages[options.locale], namespace: "Email" });
  const channels = createTranslator({ locale: options.locale, messages: messages[options.locale], namespace: "ConsultationForm.channels" });
  const adminUrl = `${options.appUrl}/${options.locale}/admin/leads/${lead.id}`;
  const whatsApp = lead.contactChannel === "WHATSAPP" ? contactLinks(lead.phone, lead.email).whatsApp : null;
  const rows: [string, string, string?][] = [
    [t("name"), lead.fullName],
    [t("country"), countryName(options.locale, lead.countryCode)],
    [t("phone"), lead.phone, `tel:${lead.phone}`],
    ...(whatsApp ? ([[t("whatsApp"), whatsApp, whatsApp]] as [string, string, string][]) : []),
    [t("email"), lead.email, `mailto:${lead.email}`],
    [t("channel"), channels(lead.contactChannel)],
    [t("language"), new Intl.DisplayNames([options.locale], { type: "language" }).of(lead.preferredLanguage) ?? lead.preferredLanguage],
    [t("respondBy"), formatTime(lead.respondBy, options.locale, options.serviceTimeZone)],
    [t("files"), t("filesCount", { count: lead.fileCount })],
  ];
  const text = [t("coordinatorIntro"), "", ...rows.map(([label, value]) => `${label}: ${value}`), "", `${t("openLead")}: ${adminUrl}`].join("\n");
  const html = `<p>${escapeHtml(t("coordinatorIntro"))}</p><table>${rows
    .map(([label, value, href]) => {
      const shown = escapeHtml(value);
      return `<tr><th align="left">${escapeHtml(label)}</th><td>${href ? `<a href="${escapeHtml(href)}">${shown}</a>` : shown}</td></tr>`;
    })
    .join("")}</table><p><a href="${escapeHtml(adminUrl)}">${escapeHtml(t("openLead"))}</a></p>`;
  return {
    to: options.to,
    subject: t("coordinatorSubject", { reference: lead.reference, country: countryName(options.locale, lead.countryCode) }),
    text,
    html: `<!doctype html><html lang="${options.locale}"><body>${html}</body></html>`,
  };
}

// In plain text a number or address is wrapped in Unicode isolates (LRI … PDI), so it reads left to right in Arabic.
const isolated = (text: string) => `\u2066${text}\u2069`;

/** How to reach whoever runs the site, quoting the reference, and its imprint line: nothing until it is set. */
function operatorBlock(operator: Operator | null, intro: string, label: (kind: OperatorContact["kind"]) => string) {
  if (!operator) return null;
  const contacts = operatorContacts(operator);
  const lines = contacts.map(({ kind, href, shown }) => `${label(kind)}: ${isolated(kind === "whatsApp" ? href : shown)}`);
  const items = contacts.map(({ kind, href, shown }) => `<li>${escapeHtml(label(kind))}: <a href="${escapeHtml(href)}" dir="ltr">${escapeHtml(shown)}</a></li>`);
  return {
    text: [intro, ...lines].join("\n"),
    html: `<p>${escapeHtml(intro)}</p><ul>${items.join("")}</ul>`,
    imprint: [operator.name, operator.legalEntity, operator.address].join(" · "),
  };
}

/** The patient's confirmation, in their language and time zone, with no medical details. */
export function renderPatientEmail(lead: NotifiedLead, operator: Operator | null = null): OutgoingMail {
  const t = createTranslator({ locale: lead.locale, messages: messages[lead.locale], namespace: "Email" });
  const paragraphs = [
    t("patientGreeting", { name: lead.fullName }),
    t("patientReceived", { reference: lead.reference }),
    t("patientPromise", { time: formatTime(lead.respondBy, lead.locale, lead.timeZone) }),
    t("patientNext"),
  ];
  const closing = [t("patientNoReply"), t("signature")];
  const labels = createTranslator({ locale: lead.locale, messages: messages[lead.locale], namespace: "Operator" });
  const contact = operatorBlock(operator, t("patientContact", { reference: lead.reference }), (kind) => labels(kind));
  const html = (texts: string[]) => texts.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  const dir = lead.locale === "ar" ? "rtl" : "ltr";
  return {
    to: [lead.email],
    subject: t("patientSubject", { reference: lead.reference }),
    text: [...paragraphs, ...(contact ? [contact.text] : []), ...closing, ...(contact ? [contact.imprint] : [])].join("\n\n"),
    html: `<!doctype html><html lang="${lead.locale}" dir="${dir}"><body>${html(paragraphs)}${contact?.html ?? ""}${html(closing)}${contact ? html([contact.imprint]) : ""}</body></html>`,
  };
}
