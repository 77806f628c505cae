"use client";

import { useState } from "react";
import { useController } from "react-hook-form";

/** A list of values typed as text, one per line or separated by commas; the form holds the list. */
export function ListInput({ name, separator, describedBy, invalid }: { name: string; separator: "line" | "comma"; describedBy?: string; invalid: boolean }) {
  const { field } = useController({ name });
  const join = separator === "line" ? "\n" : ", ";
  const [text, setText] = useState(() => ((field.value as string[] | undefined) ?? []).join(join));
  const update = (typed: string) => {
    setText(typed);
    field.onChange(
      typed
        .split(separator === "line" ? "\n" : ",")
        .map((item) => item.trim())
        .filter(Boolean),
    );
  };
  const props = { id: name, name, value: text, onBlur: field.onBlur, "aria-describedby": describedBy, "aria-invalid": invalid };
  return separator === "line" ? <textarea rows={3} {...props} onChange={(event) => update(event.target.value)} /> : <input {...props} onChange={(event) => update(event.target.value)} />;
}
