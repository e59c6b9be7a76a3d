import { QUESTION_TYPES, REQUIREMENTS, type CoverageCellDto, type QuestionType, type SyllabusNodeDto } from '@cm/contracts';
import { buildSyllabusTree, type SyllabusTreeNode } from '../../syllabus/tree';

export type CoverageDimension = 'difficulty' | 'requirement';
export const DIFFICULTIES = [1, 2, 3, 4, 5] as const;

export interface CoverageRow {
  key: string;
  node: SyllabusNodeDto;
  /** Count per `type:value` column (value = difficulty or requirement). */
  counts: Record<string, number>;
  total: number;
  children?: CoverageRow[];
}

export function columnValues(dimension: CoverageDimension): readonly (string | number)[] {
  return dimension === 'difficulty' ? DIFFICULTIES : REQUIREMENTS;
}

export function columnKey(type: QuestionType, value: string | number): string {
  return `${type}:${value}`;
}

function emptyCounts(dimension: CoverageDimension): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of QUESTION_TYPES) for (const value of columnValues(dimension)) counts[columnKey(type, value)] = 0;
  return counts;
}

/** Rows for the coverage matrix: parts and chapters, each counting its own questions plus
 * everything below it (points are folded into their chapter). */
export function coverageRows(nodes: readonly SyllabusNodeDto[], cells: readonly CoverageCellDto[], dimension: CoverageDimension): CoverageRow[] {
  const own = new Map<string, Record<string, number>>();
  for (const cell of cells) {
    const counts = own.get(cell.syllabusNodeId) ?? emptyCounts(dimension);
    const key = columnKey(cell.type, dimension === 'difficulty' ? cell.difficulty : cell.requirement);
    if (key in counts) counts[key] = (counts[key] ?? 0) + cell.count;
    own.set(cell.syllabusNodeId, counts);
  }
  const aggregate = (entry: SyllabusTreeNode): { counts: Record<string, number>; rows: CoverageRow[] } => {
    const counts = { ...(own.get(entry.node.id) ?? emptyCounts(dimension)) };
    const rows: CoverageRow[] = [];
    for (const child of entry.children) {
      const result = aggregate(child);
      for (const [key, value] of Object.entries(result.counts)) counts[key] = (counts[key] ?? 0) + value;
      rows.push(...result.rows);
    }
    if (entry.node.kind === 'point') return { counts, rows: [] };
    const total = Object.values(counts).reduce((sum, value) => sum + value, 0);
    const children = entry.node.kind === 'part' ? rows : undefined;
    return { counts, rows: [{ key: entry.node.id, node: entry.node, counts, total, ...(children ? { children } : {}) }] };
  };
  return buildSyllabusTree(nodes).flatMap((entry) => aggregate(entry).rows);
}

/** Every part and chapter key (to expand the whole matrix). */
export function allRowKeys(rows: readonly CoverageRow[]): string[] {
  return rows.flatMap((row) => [row.key, ...allRowKeys(row.children ?? [])]);
}
