"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { changeContact, removeContact } from "@/lib/clinic-contacts/actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClassName } from "@/components/ui/button";
import { ActionOutcome } from "@/components/admin/action-outcome";
import { useStaffAction } from "@/components/admin/use-staff-action";
import { ContactFields } from "./contact-fields";
import styles from "./clinic-contacts.module.css";

/** One address of a clinic: changing it in place, or removing it once the admin confirms. */
export function ContactRow({ contact }: { contact: { id: string; email: string; label: string | null } }) {
  const t = useTranslations("Admin.clinicContacts");
  const change = useStaffAction(changeContact, { clearOnSuccess: false });
  const removal = useStaffAction(removeContact);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={styles.contact}>
      <p>
        <span dir="ltr">{contact.email}</span>
        {contact.label && <> · {contact.label}</>}
      </p>
      <details>
        <summary>{t("change", { email: contact.email })}</summary>
        <form {...change.formProps} className={styles.form} noValidate key={`${contact.email}|${contact.label}`}>
          <input type="hidden" name="contactId" value={contact.id} />
          <ContactFields id={`contact-${contact.id}`} state={change.state} values={contact} />
          <SubmitButton pending={change.pending}>{t("save")}</SubmitButton>
          {!change.state.fields && <ActionOutcome state={change.state} id={`contact-${contact.id}-outcome`} scope="clinicContacts" />}
        </form>
      </details>
      <form {...removal.formProps}>
        <input type="hidden" name="contactId" value={contact.id} />
        {confirming ? (
          <div role="alert" className={styles.confirm}>
            <p>{t("removeConfirm", { email: contact.email })}</p>
            <SubmitButton pending={removal.pending} variant="danger">
              {t("removeYes")}
            </SubmitButton>
            <button type="button" className={buttonClassName()} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        ) : (
          <button type="button" className={buttonClassName()} onClick={() => setConfirming(true)}>
            {t("remove", { email: contact.email })}
          </button>
        )}
        <ActionOutcome state={removal.state} id={`remove-${contact.id}-outcome`} scope="clinicContacts" />
      </form>
    </li>
  );
}
