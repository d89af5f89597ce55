/** Reading untrusted JSON without casts scattered through the importer. */

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isWholeNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

/** snake_case → camelCase, as tfjs converts Keras config keys and identifiers. */
export function camelCase(text: string): string {
  return text.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A field under its Keras (snake_case) name, or the camelCase name tfjs uses in memory. */
export function field(record: JsonRecord, snakeKey: string): unknown {
  if (Object.hasOwn(record, snakeKey)) return record[snakeKey];
  const camel = camelCase(snakeKey);
  return Object.hasOwn(record, camel) ? record[camel] : undefined;
}
