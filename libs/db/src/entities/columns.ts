import type { ValueTransformer } from 'typeorm';

/** numeric columns come back as strings from pg; exact decimals are kept as strings in the
 * database and converted to numbers only for fields that are bounded small decimals. */
export const numericToNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null || v === undefined ? v : Number(v)),
};
