import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { AdminBar } from "@/components/admin/admin-bar";
import { AddContactForm } from "@/components/admin/clinic-contacts/add-contact-form";
import { ContactChanges } from "@/components/admin/clinic-contacts/contact-changes";
import { ContactRow } from "@/components/admin/clinic-contacts/contact-row";
import { listClinicContacts } from "@/lib/clinic-contacts/contacts";
import { adminPageMetadata } from "@/lib/seo/workspace-page-metadata";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { MAX_CONTACTS_PER_CLINIC } from "@/lib/validation/clinic-contacts";
import card from "@/components/ui/card.module.css";
import layout from "@/components/ui/layout.module.css";
import text from "@/components/ui/text.module.css";
import styles from "@/components/admin/clinic-contacts/clinic-contacts.module.css";

export const generateMetadata = adminPageMetadata("clinicContacts.title");

export default async function ClinicContactsPage({ params }: PageProps<"/[locale]/admin/clinic-contacts">) {
  const locale = await resolvePageLocale(params);
  const staff = await requireStaffPage({ locale, path: `/${locale}/admin/clinic-contacts`, role: "admin" });
  const [{ clinics, changes }, t, messages] = await Promise.all([listClinicContacts(), getTranslations("Admin.clinicContacts"), getMessages(), getFormatter()]);
  return (
    <div className={layout.page}>
      <AdminBar staff={staff} locale={locale} />
      <h1>{t("title")}</h1>
      <p className={text.lead}>{t("intro", { max: MAX_CONTACTS_PER_CLINIC })}</p>
      <NextIntlClientProvider messages={{ Admin: messages.Admin }}>
        <ul className={styles.clinics}>
          {clinics.map((clinic) => (
            <li key={clinic.id} className={card.card}>
              <h2 lang="en" dir="ltr">
                {clinic.name}
              </h2>
              {clinic.contacts.length === 0 ? (
                <p>{t("none")}</p>
              ) : (
                <ul className={styles.contacts} aria-label={t("addressesOf", { clinic: clinic.name })}>
                  {clinic.contacts.map((contact) => (
                    <ContactRow key={contact.id} contact={contact} />
                  ))}
                </ul>
              )}
              <AddContactForm clinicId={clinic.id} clinicName={clinic.name} />
            </li>
          ))}
        </ul>
      </NextIntlClientProvider>
      <h2>{t("log")}</h2>
      <ContactChanges changes={changes} />
    </div>
  );
}
