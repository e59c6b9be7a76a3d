import { isMap, isScalar, isSeq, type Document } from 'yaml';

/**
 * The remarks defaults.yaml makes in comments ("# source: VIP standard V2.0; …"), by the dotted
 * path of the node they are attached to (map keys and list indexes, e.g.
 * `eligibility.training_hours`, `tracks.1.syllabus.3.source`). They become provenance notes, so
 * the notes say what the file says instead of being re-typed.
 *
 * A comment followed by a blank line is a free-standing block about what precedes it, not about
 * the next key (the yaml library keeps the blank line as a trailing newline); it is skipped.
 */
export type YamlComments = ReadonlyMap<string, readonly string[]>;

function own(node: unknown): string[] {
  if (!isMap(node) && !isSeq(node) && !isScalar(node)) return [];
  const out: string[] = [];
  if (node.commentBefore && !node.commentBefore.endsWith('\n')) out.push(node.commentBefore);
  if (node.comment) out.push(node.comment);
  return out.map((c) => c.replace(/\s*\n\s*/g, ' ').trim()).filter((c) => c.length > 0);
}

export function collectComments(doc: Document): YamlComments {
  const result = new Map<string, string[]>();
  const add = (path: string, texts: string[]): void => {
    if (texts.length > 0) result.set(path, [...(result.get(path) ?? []), ...texts]);
  };
  const walk = (node: unknown, path: string): void => {
    add(path, own(node));
    const join = (k: string): string => (path === '' ? k : `${path}.${k}`);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        add(join(key), own(pair.key));
        walk(pair.value, join(key));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, join(String(i))));
    }
  };
  walk(doc.contents, '');
  return result;
}

/** Comments at `path` exactly. */
export function commentsAt(comments: YamlComments, path: string): string[] {
  return [...(comments.get(path) ?? [])];
}

/** Comments at `path` and below it, each prefixed with its path relative to `path` (when below). */
export function commentsUnder(comments: YamlComments, path: string): string[] {
  const out: string[] = [];
  for (const [p, texts] of comments) {
    if (p === path) out.push(...texts);
    else if (p.startsWith(`${path}.`)) out.push(...texts.map((t) => `${p.slice(path.length + 1)}: ${t}`));
  }
  return out;
}
