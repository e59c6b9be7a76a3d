import { Parser, parseDocument } from 'yaml';
import { collectComments, type YamlComments } from './yaml-comments';
import { ReferenceDataError } from './yaml-guards';

/**
 * Parses a reference yaml file the way its authors wrote it.
 *
 * The reference files quote Chinese source text in flow collections with ASCII commas inside the
 * text and ", " (comma + space) between entries, e.g.
 *     indicators: [付出努力,想把工作做好。, 完成日常工作,工作质量符合要求。]
 * Strict YAML ends a plain scalar at every comma in a flow collection, which would cut one ▶
 * indicator into several invented fragments ("付出努力", "想把工作做好。") and truncate texts such as
 * {text: 渴望成功,追求卓越,…}. The seed document shows one ▶ line per entry (e.g. "▶付出努力,想把工作做好。"),
 * so a flow comma directly followed by a non-ASCII character (no space) is read as part of the
 * text. Commas followed by a space, a flow indicator or an ASCII character keep their YAML meaning.
 */

const PLACEHOLDER = '\uE000';

/** Offsets of flow-collection commas that are part of the text (see above). */
export function findInTextCommas(text: string): number[] {
  const offsets: number[] = [];
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const token = node as { type?: unknown; offset?: unknown };
    if (token.type === 'comma' && typeof token.offset === 'number') {
      const next = text.charAt(token.offset + 1);
      if (text.charAt(token.offset) === ',' && next !== '' && next.charCodeAt(0) > 0x7f) offsets.push(token.offset);
    }
    for (const value of Object.values(node)) walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return offsets.sort((a, b) => a - b);
}

function restore(value: unknown): unknown {
  if (typeof value === 'string') return value.split(PLACEHOLDER).join(',');
  if (Array.isArray(value)) return value.map(restore);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [restore(k) as string, restore(v)]));
  }
  return value;
}

export interface ParsedReferenceYaml {
  data: unknown;
  comments: YamlComments;
}

export function parseReferenceYaml(text: string, file: string): ParsedReferenceYaml {
  if (text.includes(PLACEHOLDER)) throw new ReferenceDataError(`${file}: contains the reserved character U+E000`);
  const chars = text.split(''); // UTF-16 units, as the CST offsets
  for (const offset of findInTextCommas(text)) chars[offset] = PLACEHOLDER;
  const doc = parseDocument(chars.join(''));
  const [error] = doc.errors;
  if (error) throw new ReferenceDataError(`${file}: ${error.message}`);
  const comments = new Map<string, string[]>();
  for (const [path, texts] of collectComments(doc)) comments.set(path, texts.map((t) => restore(t) as string));
  return { data: restore(doc.toJS()), comments };
}
