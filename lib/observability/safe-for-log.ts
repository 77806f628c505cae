/**
 * A value that came from outside, made fit for a log line or an audit row: no control characters (they forge lines
 * in text logs, and PostgreSQL refuses U+0000), bounded length.
 */
export function safeForLog(value: string, maxLength = 200): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "\uFFFD");
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength)}…` : cleaned;
}
