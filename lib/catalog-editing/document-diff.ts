/** A value of a content document: what JSON can hold. */
export type DocumentValue = string | number | boolean | null | DocumentValue[] | { [key: string]: DocumentValue };

export type PathSegment = string | number;

export interface DocumentChange {
  /** Where in the document, e.g. ["text", "ru", "description"] or ["offers", "y90-radioembolization", "priceFrom"]. */
  path: PathSegment[];
  before?: DocumentValue;
  after?: DocumentValue;
}

/**
 * What identifies an item of a list across versions, so reordering or inserting one does not read as every later item
 * changed: a clinic's offers by their treatment, items by slug or key. Lists of plain values compare as wholes.
 */
const identityKeys = ["slug", "key", "treatment"] as const;

const isRecord = (value: DocumentValue | undefined): value is { [key: string]: DocumentValue } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function identityOf(list: DocumentValue[]): string | undefined {
  if (list.length === 0 || !list.every(isRecord)) return undefined;
  return identityKeys.find((key) => {
    const ids = list.map((item) => (item as Record<string, DocumentValue>)[key]);
    return ids.every((id) => typeof id === "string") && new Set(ids).size === ids.length;
  });
}

const same = (a: DocumentValue | undefined, b: DocumentValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** Every leaf that differs between two versions of a document, in the order of the newer one. */
export function diffDocuments(before: DocumentValue | undefined, after: DocumentValue | undefined, path: PathSegment[] = []): DocumentChange[] {
  if (same(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    return keys.flatMap((key) => diffDocuments(before[key], after[key], [...path, key]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const identity = identityOf(before) ?? identityOf(after);
    if (identity && (before.length === 0 || identityOf(before) === identity) && (after.length === 0 || identityOf(after) === identity)) {
      const byId = (list: DocumentValue[]) => new Map(list.map((item) => [(item as Record<string, string>)[identity]!, item]));
      const [old, next] = [byId(before), byId(after)];
      const ids = [...new Set([...next.keys(), ...old.keys()])];
      const changes = ids.flatMap((id) => diffDocuments(old.get(id), next.get(id), [...path, id]));
      const kept = (list: Map<string, DocumentValue>, other: Map<string, DocumentValue>) => [...list.keys()].filter((id) => other.has(id));
      const reordered = !same(kept(old, next), kept(next, old));
      return reordered ? [...changes, { path, before: kept(old, next), after: kept(next, old) }] : changes;
    }
  }
  return [{ path, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }];
}
