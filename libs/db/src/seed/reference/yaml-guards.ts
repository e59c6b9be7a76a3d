import type { LevelNo } from './reference-data.types';

/** Thrown when a reference file is missing, unreadable or not shaped as expected. */
export class ReferenceDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferenceDataError';
  }
}

export type YamlRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is YamlRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)}`;
}

export function asRecord(value: unknown, where: string): YamlRecord {
  if (!isRecord(value)) throw new ReferenceDataError(`${where}: expected a map, found ${describeValue(value)}`);
  return value;
}

export function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new ReferenceDataError(`${where}: expected a list, found ${describeValue(value)}`);
  return value;
}

export function asString(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new ReferenceDataError(`${where}: expected a non-empty string, found ${describeValue(value)}`);
  }
  return value;
}

/** null / undefined -> null; otherwise a non-empty string. */
export function asNullableString(value: unknown, where: string): string | null {
  return value === null || value === undefined ? null : asString(value, where);
}

export function asNumber(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ReferenceDataError(`${where}: expected a number, found ${describeValue(value)}`);
  }
  return value;
}

export function asStringArray(value: unknown, where: string): string[] {
  return asArray(value, where).map((v, i) => asString(v, `${where}[${i}]`));
}

/** A level number 1..4, given as a number or as a map key ('1'..'4'). */
export function asLevelNo(value: unknown, where: string): LevelNo {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  throw new ReferenceDataError(`${where}: expected a level 1..4, found ${describeValue(value)}`);
}

/** obj[key], failing with the path when absent (null is a present value). */
export function field(obj: YamlRecord, key: string, where: string): unknown {
  if (!(key in obj)) throw new ReferenceDataError(`${where}: missing key '${key}'`);
  return obj[key];
}
