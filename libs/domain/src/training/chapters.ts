/** The chapter (章) a syllabus node belongs to, and the blueprint area above it. Pure. */

export interface SyllabusNodeRef {
  id: string;
  parentId: string | null;
  kind: string;
}

/** node id → its nearest ancestor-or-self of kind `chapter`; a node outside any chapter (a part
 * itself) maps to itself, so its questions still have a home. */
export function chapterOfNodes(nodes: readonly SyllabusNodeRef[]): Map<string, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, string>();
  for (const n of nodes) {
    let cur: SyllabusNodeRef | undefined = n;
    let guard = 0;
    while (cur && cur.kind !== 'chapter' && cur.parentId && guard++ < 64) cur = byId.get(cur.parentId);
    out.set(n.id, cur && cur.kind === 'chapter' ? cur.id : n.id);
  }
  return out;
}

/** node id → the first of `areaIds` found among its ancestors-or-self (null when none). */
export function areaOfNodes(nodes: readonly SyllabusNodeRef[], areaIds: readonly string[]): Map<string, string | null> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const areas = new Set(areaIds);
  const out = new Map<string, string | null>();
  for (const n of nodes) {
    let cur: SyllabusNodeRef | undefined = n;
    let guard = 0;
    while (cur && !areas.has(cur.id) && guard++ < 64) cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    out.set(n.id, cur ? cur.id : null);
  }
  return out;
}
