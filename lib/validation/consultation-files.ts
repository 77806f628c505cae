/** Limits on the medical files sent with a consultation request: checked in the browser, enforced on the server. */
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 50 * 1024 * 1024;
/** Room for the form fields and multipart framing on top of the files. */
export const MAX_REQUEST_BYTES = MAX_TOTAL_BYTES + 512 * 1024;
/**
 * The longest a consultation request may take to arrive, whatever its pace: `npm start` cuts one still arriving after
 * it (a whole 50 MB request fits at about 120 kbit/s), and the orphaned-file sweep counts a file's writer as gone after it.
 */
export const MAX_UPLOAD_SECONDS = 60 * 60;

export const acceptedExtensions = [".pdf", ".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".dcm", ".zip", ".docx"];

export type FileProblem = "tooManyFiles" | "fileTooLarge" | "totalTooLarge" | "fileType" | "emptyFile";

/** Browser-side check of a selection, so the visitor hears about a limit before a long upload. */
export function checkSelectedFiles(files: { name: string; size: number }[]): { problem: FileProblem; name?: string } | null {
  if (files.length > MAX_FILES) return { problem: "tooManyFiles" };
  for (const file of files) {
    if (file.size === 0) return { problem: "emptyFile", name: file.name };
    if (file.size > MAX_FILE_BYTES) return { problem: "fileTooLarge", name: file.name };
    const extension = file.name.includes(".") ? file.name.slice(file.name.lastIndexOf(".")).toLowerCase() : "";
    // DICOM files often come without an extension; the server decides by content either way.
    if (extension && !acceptedExtensions.includes(extension)) return { problem: "fileType", name: file.name };
  }
  if (files.reduce((sum, file) => sum + file.size, 0) > MAX_TOTAL_BYTES) return { problem: "totalTooLarge" };
  return null;
}
