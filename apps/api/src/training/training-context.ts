import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '@cm/contracts';
import { queryRows } from '@cm/db';
import { chapterOfNodes, policyFromSetting } from '@cm/domain';

type Db = DataSource | EntityManager;

export interface NodeRow {
  id: string;
  parent_id: string | null;
  code: string;
  title: string;
  kind: 'part' | 'chapter' | 'point';
  requirement: 'understand' | 'familiar' | 'master' | null;
  levels: number[];
  position: number;
}

/** A track's syllabus with the chapter each node belongs to (questions may sit on points). */
export interface TrackSyllabus {
  trackId: string;
  trackName: string;
  nodes: NodeRow[];
  byId: Map<string, NodeRow>;
  chapterOf: Map<string, string>;
}

export async function loadSyllabus(db: Db, trackId: string): Promise<TrackSyllabus> {
  const [track] = await queryRows<{ id: string; name: string }>(db, `SELECT id, name FROM track WHERE id = $1`, [trackId]);
  if (!track) throw AppError.validation([{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }]);
  const nodes = await queryRows<NodeRow>(
    db,
    `SELECT id, parent_id, code, title, kind, requirement, levels, position FROM syllabus_node WHERE track_id = $1 ORDER BY position, code`,
    [trackId],
  );
  const chapterOf = chapterOfNodes(nodes.map((n) => ({ id: n.id, parentId: n.parent_id, kind: n.kind })));
  return { trackId, trackName: track.name, nodes, byId: new Map(nodes.map((n) => [n.id, n])), chapterOf };
}

/** Chapters examined at `level`, in syllabus order (depth-first by position). */
export function chaptersAt(s: TrackSyllabus, level: number): NodeRow[] {
  const children = new Map<string | null, NodeRow[]>();
  for (const n of s.nodes) children.set(n.parent_id, [...(children.get(n.parent_id) ?? []), n]);
  const out: NodeRow[] = [];
  const walk = (parent: string | null) => {
    for (const n of children.get(parent) ?? []) {
      if (n.kind === 'chapter') {
        if (n.levels.includes(level)) out.push(n);
      } else walk(n.id);
    }
  };
  walk(null);
  return out;
}

/** The nearest part above a node. */
export function partOf(s: TrackSyllabus, nodeId: string): NodeRow | null {
  let cur = s.byId.get(nodeId);
  while (cur?.parent_id) {
    cur = s.byId.get(cur.parent_id);
    if (cur?.kind === 'part') return cur;
  }
  return null;
}

/** Training hours the standard asks per level (30/24/18/12), from the eligibility setting. */
export async function requiredHours(db: Db): Promise<Record<number, number>> {
  const [setting] = await queryRows<{ value: Parameters<typeof policyFromSetting>[0] }>(db, `SELECT value FROM setting WHERE key = 'eligibility' ORDER BY version DESC LIMIT 1`);
  return setting ? policyFromSetting(setting.value).trainingHours : {};
}

/** The level a candidate trains for in a track: one above the highest held, at most 4. */
export function targetLevel(held: number | null): number {
  return held ? Math.min(held + 1, 4) : 1;
}

export const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

/** A date column as YYYY-MM-DD (drivers hand back a string or a local-midnight Date). */
export const dateOnly = (d: string | Date): string =>
  typeof d === 'string' ? d.slice(0, 10) : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
