"use client";

import { useTranslations } from "next-intl";
import { addContact } from "@/lib/clinic-contacts/actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { ActionOutcome } from "@/components/admin/action-outcome";
import { useStaffAction } from "@/components/admin/use-staff-action";
import { ContactFields } from "./contact-fields";
import styles from "./clinic-contacts.module.css";

/** Adds a coordinator address to one clinic; the server checks the address and the clinic's limit. */
export function AddContactForm({ clinicId, clinicName }: { clinicId: string; clinicName: string }) {
  const t = useTranslations("Admin.clinicContacts");
  const { state, formProps, pending } = useStaffAction(addContact);
  const id = `add-${clinicId}`;
  return (
    <form {...formProps} className={styles.form} noValidate aria-label={t("addTo", { clinic: clinicName })}>
      <input type="hidden" name="clinicId" value={clinicId} />
      <ContactFields id={id} state={state} />
      <SubmitButton pending={pending}>{t("add")}</SubmitButton>
      {!state.fields && <ActionOutcome state={state} id={`${id}-outcome`} scope="clinicContacts" />}
    </form>
  );
}
