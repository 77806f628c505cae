/** One-click ways to reach a patient from an E.164 phone number and an email address. */
export function contactLinks(phone: string, email: string) {
  const digits = phone.replace(/\D/g, "");
  return {
    tel: `tel:${phone}`,
    whatsApp: `https://wa.me/${digits}`,
    telegram: `https://t.me/+${digits}`,
    mailto: `mailto:${email}`,
  };
}
