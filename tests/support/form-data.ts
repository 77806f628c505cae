/** A form as the browser posts it: a list (checkboxes) becomes one entry per value. */
export function formData(fields: Record<string, string | readonly string[]>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of typeof value === "string" ? [value] : value) form.append(name, one);
  return form;
}
