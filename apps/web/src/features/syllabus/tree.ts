import type { SyllabusKind, SyllabusNodeDto } from '@cm/contracts';

export interface SyllabusTreeNode {
  node: SyllabusNodeDto;
  children: SyllabusTreeNode[];
}

/** Nests nodes by `parentId`, siblings by `position` then `code`. */
export function buildSyllabusTree(nodes: readonly SyllabusNodeDto[]): SyllabusTreeNode[] {
  const byId = new Map<string, SyllabusTreeNode>(nodes.map((node) => [node.id, { node, children: [] }]));
  const roots: SyllabusTreeNode[] = [];
  for (const entry of byId.values()) {
    const parent = entry.node.parentId ? byId.get(entry.node.parentId) : undefined;
    if (parent) parent.children.push(entry);
    else roots.push(entry);
  }
  const sort = (list: SyllabusTreeNode[]) => {
    list.sort((a, b) => a.node.position - b.node.position || a.node.code.localeCompare(b.node.code, undefined, { numeric: true }));
    list.forEach((entry) => sort(entry.children));
  };
  sort(roots);
  return roots;
}

/** Keeps nodes whose code or title contains `text`, with their ancestors; all when `text` is empty. */
export function filterSyllabusTree(tree: SyllabusTreeNode[], text: string): SyllabusTreeNode[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return tree;
  const keep = (entry: SyllabusTreeNode): SyllabusTreeNode | null => {
    const children = entry.children.map(keep).filter((child): child is SyllabusTreeNode => child !== null);
    const hit = entry.node.code.toLowerCase().includes(needle) || entry.node.title.toLowerCase().includes(needle);
    return hit || children.length > 0 ? { node: entry.node, children } : null;
  };
  return tree.map(keep).filter((entry): entry is SyllabusTreeNode => entry !== null);
}

export function countByKind(nodes: readonly SyllabusNodeDto[]): Record<SyllabusKind, number> {
  const counts: Record<SyllabusKind, number> = { part: 0, chapter: 0, point: 0 };
  for (const node of nodes) counts[node.kind] += 1;
  return counts;
}

export interface SyllabusSelectNode {
  value: string;
  title: string;
  selectable: boolean;
  children: SyllabusSelectNode[];
}

/** `treeData` for an antd TreeSelect (`code title`); `selectable` limits what may be picked. */
export function toSyllabusSelectData(
  tree: SyllabusTreeNode[],
  selectable: (node: SyllabusNodeDto) => boolean = () => true,
): SyllabusSelectNode[] {
  return tree.map((entry) => ({
    value: entry.node.id,
    title: `${entry.node.code} ${entry.node.title}`,
    selectable: selectable(entry.node),
    children: toSyllabusSelectData(entry.children, selectable),
  }));
}
