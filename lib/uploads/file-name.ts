/** Longest stored file name, in characters (code points). */
export const MAX_FILE_NAME_LENGTH = 200;

// C0 and C1 controls, DEL, and the bidi embeddings, overrides, isolates and marks (U+061C, U+200E, U+200F) that can
// make "report\u202Efdp.exe" display as "reportexe.pdf".
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const invisibleControls = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// What counts as an extension worth keeping when a name is cut: a short run of letters and digits after the last dot.
const extensionPattern = /\.[\p{L}\p{N}]{1,16}$/u;

/** Keeps a file name as data only: no path, no control characters, NFC, bounded length with its extension kept. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(invisibleControls, "").trim();
  return cutKeepingExtension(cleaned) || "file";
}

function cutKeepingExtension(name: string): string {
  const characters = [...name];
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const extension = [...(extensionPattern.exec(name)?.[0] ?? "")];
  const stem = characters.slice(0, characters.length - extension.length);
  return [...stem.slice(0, MAX_FILE_NAME_LENGTH - extension.length), ...extension].join("").trim();
}
