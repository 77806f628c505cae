"use server";

import { byActor, staffAction } from "@/lib/auth/action-client";
import { addContactSchema, changeContactSchema, removeContactSchema } from "@/lib/validation/clinic-contacts";
import { addClinicContact, changeClinicContact, removeClinicContact } from "./contacts";

const contactsPage = { path: "/[locale]/admin/clinic-contacts" };

export const addContact = staffAction({ name: "addContact", role: "admin", schema: addContactSchema, work: byActor(addClinicContact), revalidate: contactsPage });
export const changeContact = staffAction({ name: "changeContact", role: "admin", schema: changeContactSchema, work: byActor(changeClinicContact), revalidate: contactsPage });
export const removeContact = staffAction({ name: "removeContact", role: "admin", schema: removeContactSchema, work: byActor(removeClinicContact), revalidate: contactsPage });
