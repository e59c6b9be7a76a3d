import type { OrgUnitDto } from '@cm/contracts';

export interface OrgTreeNode {
  unit: OrgUnitDto;
  children: OrgTreeNode[];
}

/** Builds the forest from a flat list; a unit whose parent is unknown becomes a root. */
export function buildOrgTree(units: readonly OrgUnitDto[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>(units.map((unit) => [unit.id, { unit, children: [] }]));
  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgTreeNode[]) => {
    list.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
    list.forEach((child) => sort(child.children));
  };
  sort(roots);
  return roots;
}

export interface OrgSelectNode {
  value: string;
  title: string;
  children: OrgSelectNode[];
}

/** `treeData` for an antd TreeSelect. */
export function toTreeSelectData(tree: OrgTreeNode[]): OrgSelectNode[] {
  return tree.map((node) => ({ value: node.unit.id, title: node.unit.name, children: toTreeSelectData(node.children) }));
}
