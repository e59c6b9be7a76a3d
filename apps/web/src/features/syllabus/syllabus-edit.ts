import type { SyllabusKind, SyllabusNodeDto } from '@cm/contracts';

/** What may hang under what (the server enforces the same): parts under the root or a part,
 * chapters under a part, points under a chapter. */
export const CHILD_KINDS: Record<SyllabusKind, readonly SyllabusKind[]> = { part: ['part', 'chapter'], chapter: ['point'], point: [] };

export function canHoldKind(parent: SyllabusNodeDto | null, kind: SyllabusKind): boolean {
  return parent === null ? kind === 'part' : CHILD_KINDS[parent.kind].includes(kind);
}

/** Siblings under `parentId`, in display order (position, then code). */
export function siblingsOf(nodes: readonly SyllabusNodeDto[], parentId: string | null): SyllabusNodeDto[] {
  return nodes
    .filter((node) => node.parentId === parentId)
    .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code, undefined, { numeric: true }));
}

/** Ids of `id` and everything below it. */
export function subtreeIds(nodes: readonly SyllabusNodeDto[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId && ids.has(node.parentId) && !ids.has(node.id)) {
        ids.add(node.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Nodes `node` may be moved under (`null` = top level): the right kind, never its own subtree. */
export function allowedParents(nodes: readonly SyllabusNodeDto[], node: SyllabusNodeDto): (SyllabusNodeDto | null)[] {
  const inside = subtreeIds(nodes, node.id);
  const parents: (SyllabusNodeDto | null)[] = node.kind === 'part' ? [null] : [];
  return [...parents, ...nodes.filter((candidate) => !inside.has(candidate.id) && canHoldKind(candidate, node.kind))];
}

export interface MoveTarget {
  parentId: string | null;
  /** Among the new siblings, the moved node excluded, 0-based. */
  position: number;
}

/** Up (-1) or down (+1) among the siblings; null at either end. */
export function stepMove(nodes: readonly SyllabusNodeDto[], node: SyllabusNodeDto, step: -1 | 1): MoveTarget | null {
  const siblings = siblingsOf(nodes, node.parentId);
  const index = siblings.findIndex((sibling) => sibling.id === node.id);
  const position = index + step;
  if (index < 0 || position < 0 || position >= siblings.length) return null;
  return { parentId: node.parentId, position };
}

/** A tree drop: onto `target` (as its first child) or into the gap before/after it. Null when
 * the kinds do not allow it or it would put a node inside itself. */
export function dropTarget(
  nodes: readonly SyllabusNodeDto[],
  dragged: SyllabusNodeDto,
  target: SyllabusNodeDto,
  where: 'inside' | 'before' | 'after',
): MoveTarget | null {
  if (subtreeIds(nodes, dragged.id).has(target.id)) return null;
  if (where === 'inside') return canHoldKind(target, dragged.kind) ? { parentId: target.id, position: 0 } : null;
  const parent = target.parentId ? (nodes.find((node) => node.id === target.parentId) ?? null) : null;
  if (!canHoldKind(parent, dragged.kind)) return null;
  const siblings = siblingsOf(nodes, target.parentId).filter((node) => node.id !== dragged.id);
  const index = siblings.findIndex((node) => node.id === target.id);
  return { parentId: target.parentId, position: index + (where === 'after' ? 1 : 0) };
}

/** A code for a new child: the parent's code plus the next free number (`VIP-1.2` → `VIP-1.2.4`). */
export function suggestChildCode(nodes: readonly SyllabusNodeDto[], parent: SyllabusNodeDto | null): string {
  const taken = new Set(nodes.map((node) => node.code));
  const prefix = parent ? `${parent.code}.` : '';
  const count = siblingsOf(nodes, parent?.id ?? null).length;
  for (let n = count + 1; n < count + 1000; n += 1) {
    if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
  }
  return prefix;
}
