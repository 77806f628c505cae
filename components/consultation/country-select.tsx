"use client";

import { useMemo, useState } from "react";
import type { CountryOption } from "./countries";

/** A native select (keyboard and screen-reader friendly) with a search box that narrows its options. */
export function CountrySelect({
  id,
  options,
  value,
  onChange,
  searchLabel,
  placeholder,
  describedBy,
  invalid,
  name,
  showCallingCode = false,
}: {
  id: string;
  options: CountryOption[];
  value: string | undefined;
  onChange: (code: string) => void;
  searchLabel: string;
  placeholder: string;
  describedBy?: string;
  invalid?: boolean;
  name: string;
  showCallingCode?: boolean;
}) {
  const [query, setQuery] = useState("");
  const visible = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    if (!needle) return options;
    return options.filter(
      (option) =>
        option.code === value ||
        option.name.toLocaleLowerCase().includes(needle) ||
        `+${option.callingCode}`.includes(needle.replace(/^\+?/, "+")),
    );
  }, [options, query, value]);
  return (
    <div className="country-select">
      <input
        type="search"
        aria-label={searchLabel}
        placeholder={searchLabel}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-controls={id}
        autoComplete="off"
      />
      <select
        id={id}
        name={name}
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      >
        <option value="">{placeholder}</option>
        {visible.map((option) => (
          <option key={option.code} value={option.code}>
            {option.flag} {option.name}
            {/* An option holds only text: Unicode's left-to-right isolate (LRI…PDI) keeps "+971" from becoming "971+". */}
            {showCallingCode ? ` \u2066+${option.callingCode}\u2069` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}
