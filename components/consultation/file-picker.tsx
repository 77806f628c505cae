"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { formatFileSize } from "@/lib/i18n/format-file-size";
import {
  acceptedExtensions,
  checkSelectedFiles,
  MAX_FILE_BYTES,
  MAX_FILES,
  MAX_TOTAL_BYTES,
} from "@/lib/validation/consultation-files";
import styles from "./file-picker.module.css";
import field from "@/components/forms/field.module.css";
import text from "@/components/ui/text.module.css";
import { buttonClassName } from "@/components/ui/button";

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * A large "Choose files" button (and drag and drop with a mouse); on touch screens also the camera, for photos of
 * paper reports. Each file listed with its size and a remove button; limits checked before sending.
 */
export function FilePicker({ files, onChange, disabled }: { files: File[]; onChange: (files: File[]) => void; disabled: boolean }) {
  const t = useTranslations("ConsultationForm");
  const format = useFormatter();
  const picker = useRef<HTMLInputElement>(null);
  const camera = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const id = useId();

  function add(added: File[]) {
    const next = [...files, ...added.filter((file) => !files.some((f) => f.name === file.name && f.size === file.size))];
    const check = checkSelectedFiles(next);
    if (check) {
      const max = check.problem === "tooManyFiles" ? MAX_FILES : megabytes(check.problem === "totalTooLarge" ? MAX_TOTAL_BYTES : MAX_FILE_BYTES);
      setProblem(t(`errors.${check.problem}`, { name: check.name ?? "", max }));
      return;
    }
    setProblem(null);
    onChange(next);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) add([...event.dataTransfer.files]);
  }

  function onPicked(event: ChangeEvent<HTMLInputElement>) {
    add([...(event.target.files ?? [])]);
    event.target.value = "";
  }

  const size = (bytes: number) => formatFileSize(format, bytes);
  const total = files.reduce((sum, file) => sum + file.size, 0);

  return (
    <fieldset className={styles.picker} aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ""}`}>
      <legend>{t("files")}</legend>
      <p id={`${id}-hint`} className={text.hint}>
        {t("filesHint", { count: MAX_FILES, perFile: megabytes(MAX_FILE_BYTES), total: megabytes(MAX_TOTAL_BYTES) })}
      </p>
      <div
        className={`${styles.dropZone} ${dragging ? styles.dragging : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button type="button" className={`${buttonClassName("secondary")} ${styles.choose}`} onClick={() => picker.current?.click()} disabled={disabled}>
          {t("chooseFiles")}
        </button>
        <button type="button" className={`${buttonClassName("secondary")} ${styles.camera}`} onClick={() => camera.current?.click()} disabled={disabled}>
          {t("takePhoto")}
        </button>
        <span className={styles.dragHint}>{t("dropFiles")}</span>
        <input ref={picker} type="file" multiple hidden accept={[...acceptedExtensions, "application/dicom"].join(",")} onChange={onPicked} />
        <input ref={camera} type="file" hidden accept="image/*" capture="environment" onChange={onPicked} />
      </div>
      {problem && (
        <p id={`${id}-error`} className={field.error} role="alert">
          {problem}
        </p>
      )}
      <p className={text.hint} aria-live="polite">
        {files.length > 0 && t("filesSelected", { count: files.length, size: size(total) })}
      </p>
      {files.length > 0 && (
        <ul className={styles.list}>
          {files.map((file) => (
            <li key={`${file.name}-${file.size}`}>
              <span className={styles.name}>{file.name}</span> <span className={text.hint}>{size(file.size)}</span>
              <button
                type="button"
                className={styles.remove}
                disabled={disabled}
                aria-label={t("removeFile", { name: file.name })}
                onClick={() => {
                  setProblem(null);
                  onChange(files.filter((other) => other !== file));
                }}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
