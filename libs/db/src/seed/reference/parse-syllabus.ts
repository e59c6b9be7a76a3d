import type { RefSyllabusNode, Requirement, SyllabusKind } from './reference-data.types';
import { commentsAt, type YamlComments } from './yaml-comments';
import {
  ReferenceDataError,
  asArray,
  asLevelNo,
  asNullableString,
  asNumber,
  asRecord,
  asString,
  field,
  type YamlRecord,
} from './yaml-guards';

/**
 * The syllabus of every track: defaults.yaml gives the codes and the tree (source parts plus
 * labelled default parts/chapters); the titles marked `source: seed` are taken from the source
 * files themselves, so a node with provenance `seed` always carries source text:
 *   - VIP track: certification-standard.yaml, the VIP standard's 二、基本要求 knowledge tree;
 *   - 政企 track: syllabus.yaml, the 四级 parts/chapters/points and the eight selling steps.
 * When defaults.yaml and the source disagree on a title, the code comes from defaults.yaml and the
 * text from the source (and the note says so). Source chapters without a code are an error, so
 * no source text is dropped silently.
 */

export interface SyllabusInputs {
  /** parsed defaults.yaml */
  defaults: unknown;
  /** parsed syllabus.yaml */
  syllabus: unknown;
  /** parsed certification-standard.yaml */
  standard: unknown;
  /** comments of defaults.yaml (collectComments); optional */
  defaultsComments?: YamlComments;
}

type TrackSource = 'vip-standard' | 'gov-syllabus';

/** Which source file holds the seed text of each track's syllabus. */
export const TRACK_SYLLABUS_SOURCE: Readonly<Record<string, TrackSource>> = {
  'vip-service-manager': 'vip-standard',
  'gov-enterprise-sales-manager': 'gov-syllabus',
};

/** The level of syllabus.yaml whose parts were recovered (the only one; the others are `not found`). */
export const GOV_SYLLABUS_LEVEL = '四级';

export const REQUIREMENT_BY_NAME: Readonly<Record<string, Requirement>> = { 了解: 'understand', 熟悉: 'familiar', 掌握: 'master' };

const ALL_LEVELS = [1, 2, 3, 4];
const KINDS: readonly SyllabusKind[] = ['part', 'chapter', 'point'];

// ---------------------------------------------------------------- source readers

interface StandardTreeNode {
  code: string;
  name: string;
  altTitle: string | null;
}

function readVipTree(standard: unknown): { nodes: StandardTreeNode[]; source: string } {
  const where = 'certification-standard.yaml vip_customer_service_manager.basic_requirements';
  const vip = asRecord(field(asRecord(standard, 'certification-standard.yaml'), 'vip_customer_service_manager', 'certification-standard.yaml'), where);
  const req = asRecord(field(vip, 'basic_requirements', where), where);
  const nodes: StandardTreeNode[] = [];
  const walk = (list: unknown, at: string): void => {
    asArray(list, at).forEach((raw, i) => {
      const node = asRecord(raw, `${at}[${i}]`);
      nodes.push({
        code: asString(String(field(node, 'code', `${at}[${i}]`)), `${at}[${i}].code`),
        name: asString(field(node, 'name', `${at}[${i}]`), `${at}[${i}].name`),
        altTitle: asNullableString(node['alt_title'], `${at}[${i}].alt_title`),
      });
      if (node['children'] !== undefined) walk(node['children'], `${at}[${i}].children`);
    });
  };
  walk(field(req, 'tree', where), `${where}.tree`);
  return { nodes, source: asString(field(req, 'source', where), `${where}.source`) };
}

interface SourcePoint {
  text: string;
  requirement: Requirement;
  requirementName: string;
}
interface SourceChapter {
  no: number;
  name: string;
  points: SourcePoint[];
}
interface SourcePart {
  name: string;
  source: string;
  chapters: SourceChapter[];
}

/** The parts of the 四级 syllabus that have chapters (the `further_parts` placeholder has none). */
function readGovParts(syllabus: unknown): SourcePart[] {
  const where = `syllabus.yaml levels.${GOV_SYLLABUS_LEVEL}`;
  const levels = asRecord(field(asRecord(syllabus, 'syllabus.yaml'), 'levels', 'syllabus.yaml'), 'syllabus.yaml levels');
  const level = asRecord(field(levels, GOV_SYLLABUS_LEVEL, 'syllabus.yaml levels'), where);
  return asArray(field(level, 'parts', where), `${where}.parts`)
    .map((raw, i) => ({ raw: asRecord(raw, `${where}.parts[${i}]`), at: `${where}.parts[${i}]` }))
    .filter(({ raw }) => Array.isArray(raw['chapters']))
    .map(({ raw, at }) => ({
      name: asString(field(raw, 'name', at), `${at}.name`),
      source: asString(field(raw, 'source', at), `${at}.source`),
      chapters: asArray(raw['chapters'], `${at}.chapters`).map((rawCh, c) => {
        const chAt = `${at}.chapters[${c}]`;
        const ch = asRecord(rawCh, chAt);
        return {
          no: asNumber(field(ch, 'chapter_no', chAt), `${chAt}.chapter_no`),
          name: asString(field(ch, 'name', chAt), `${chAt}.name`),
          points: asArray(field(ch, 'points', chAt), `${chAt}.points`).map((rawPt, p) => {
            const ptAt = `${chAt}.points[${p}]`;
            const pt = asRecord(rawPt, ptAt);
            const requirementName = asString(field(pt, 'requirement', ptAt), `${ptAt}.requirement`);
            const requirement = REQUIREMENT_BY_NAME[requirementName];
            if (!requirement) throw new ReferenceDataError(`${ptAt}.requirement: unknown requirement '${requirementName}' (expected 了解/熟悉/掌握)`);
            return { text: asString(field(pt, 'text', ptAt), `${ptAt}.text`), requirement, requirementName };
          }),
        };
      }),
    }));
}

interface SalesStep {
  order: number;
  name: string;
  altLabel: string | null;
}

function readSalesSteps(syllabus: unknown): { title: string; source: string; steps: SalesStep[] } {
  const where = 'syllabus.yaml sales_skills';
  const skills = asRecord(field(asRecord(syllabus, 'syllabus.yaml'), 'sales_skills', 'syllabus.yaml'), where);
  return {
    title: asString(field(skills, 'title', where), `${where}.title`),
    source: asString(field(skills, 'source', where), `${where}.source`),
    steps: asArray(field(skills, 'steps', where), `${where}.steps`).map((raw, i) => {
      const at = `${where}.steps[${i}]`;
      const step = asRecord(raw, at);
      return {
        order: asNumber(field(step, 'order', at), `${at}.order`),
        name: asString(field(step, 'name', at), `${at}.name`),
        altLabel: asNullableString(step['alt_label'], `${at}.alt_label`),
      };
    }),
  };
}

// ---------------------------------------------------------------- defaults.yaml entries

interface DefaultsChapter {
  code: string;
  title: string;
  levels: number[];
}
interface DefaultsEntry {
  code: string;
  title: string;
  kind: SyllabusKind;
  parent: string | null;
  source: 'seed' | 'default';
  levels: number[];
  chapters: DefaultsChapter[];
}

function readLevels(value: unknown, where: string): number[] {
  return value === undefined ? [...ALL_LEVELS] : asArray(value, where).map((v, i) => asLevelNo(v, `${where}[${i}]`));
}

function readEntry(raw: unknown, where: string): DefaultsEntry {
  const e = asRecord(raw, where);
  const kind = asString(field(e, 'kind', where), `${where}.kind`);
  if (!KINDS.includes(kind as SyllabusKind)) throw new ReferenceDataError(`${where}.kind: unknown kind '${kind}'`);
  const source = asString(field(e, 'source', where), `${where}.source`);
  if (source !== 'seed' && source !== 'default') throw new ReferenceDataError(`${where}.source: expected seed or default, found '${source}'`);
  return {
    code: asString(field(e, 'code', where), `${where}.code`),
    title: asString(field(e, 'title', where), `${where}.title`),
    kind: kind as SyllabusKind,
    parent: asNullableString(e['parent'], `${where}.parent`),
    source,
    levels: readLevels(e['levels'], `${where}.levels`),
    chapters: (e['chapters'] === undefined ? [] : asArray(e['chapters'], `${where}.chapters`)).map((rawCh, i) => {
      const at = `${where}.chapters[${i}]`;
      const ch: YamlRecord = asRecord(rawCh, at);
      return {
        code: asString(field(ch, 'code', at), `${at}.code`),
        title: asString(field(ch, 'title', at), `${at}.title`),
        levels: readLevels(ch['levels'], `${at}.levels`),
      };
    }),
  };
}

/**
 * Pairs each defaults.yaml chapter with a source chapter: first by identical title, then by
 * position. Every source chapter must get a code.
 */
export function matchChapters<S extends { name: string }>(defaults: readonly { code: string; title: string }[], source: readonly S[], where: string): (S | null)[] {
  const used = new Set<number>();
  const result: (S | null)[] = defaults.map((d) => {
    const j = source.findIndex((s, k) => !used.has(k) && s.name === d.title);
    if (j < 0) return null;
    used.add(j);
    return source[j] ?? null;
  });
  defaults.forEach((_d, i) => {
    if (result[i] === null && i < source.length && !used.has(i)) {
      used.add(i);
      result[i] = source[i] ?? null;
    }
  });
  const unmatched = source.filter((_s, k) => !used.has(k));
  if (unmatched.length > 0) {
    throw new ReferenceDataError(`${where}: source chapter(s) ${unmatched.map((s) => `'${s.name}'`).join(', ')} have no code in defaults.yaml`);
  }
  return result;
}

const join = (...parts: (string | false | null | undefined)[]): string => parts.filter((p): p is string => !!p).join('; ');

// ---------------------------------------------------------------- main

export function parseSyllabus(inputs: SyllabusInputs): RefSyllabusNode[] {
  const comments: YamlComments = inputs.defaultsComments ?? new Map();
  const tracks = asArray(field(asRecord(inputs.defaults, 'defaults.yaml'), 'tracks', 'defaults.yaml'), 'defaults.yaml tracks');
  const out: RefSyllabusNode[] = [];

  tracks.forEach((rawTrack, t) => {
    const trackWhere = `defaults.yaml tracks[${t}]`;
    const track = asRecord(rawTrack, trackWhere);
    const trackCode = asString(field(track, 'code', trackWhere), `${trackWhere}.code`);
    const trackSource = TRACK_SYLLABUS_SOURCE[trackCode];
    if (!trackSource) throw new ReferenceDataError(`${trackWhere}: no syllabus source known for track '${trackCode}'`);

    const positions = new Map<string, number>();
    const codes = new Set<string>();
    const push = (node: Omit<RefSyllabusNode, 'trackCode' | 'position'>): void => {
      if (codes.has(node.code)) throw new ReferenceDataError(`${trackWhere}: duplicate syllabus code '${node.code}'`);
      if (node.parentCode !== null && !codes.has(node.parentCode)) {
        throw new ReferenceDataError(`${trackWhere}: '${node.code}' names parent '${node.parentCode}', which is not listed before it`);
      }
      const siblings = node.parentCode ?? '';
      const position = positions.get(siblings) ?? 0;
      positions.set(siblings, position + 1);
      codes.add(node.code);
      out.push({ trackCode, ...node, position });
    };

    const vipTree = trackSource === 'vip-standard' ? readVipTree(inputs.standard) : null;
    const govParts = trackSource === 'gov-syllabus' ? readGovParts(inputs.syllabus) : [];
    const sales = trackSource === 'gov-syllabus' ? readSalesSteps(inputs.syllabus) : null;
    const usedParts = new Set<number>();
    let seedOrdinal = 0;

    /** A chapter without a source chapter: a selling step of the textbook (source text) or a default. */
    const pushDefaultChapter = (ch: DefaultsChapter, parentCode: string, remarks: { part: string[]; chapters: string[] }): void => {
      const step = sales?.steps.find((s) => s.name === ch.title);
      if (sales && step) {
        push({
          code: ch.code, parentCode, title: step.name, kind: 'chapter', requirement: null, levels: ch.levels, provenance: 'seed',
          provenanceNote: join(
            `syllabus.yaml: ${sales.title}, step ${step.order} ${step.name} (source: ${sales.source})`,
            step.altLabel && `alt. label ${step.altLabel}`,
            ...[...remarks.part, ...remarks.chapters].map((r) => `defaults.yaml: ${r}`),
          ),
        });
        return;
      }
      push({
        code: ch.code, parentCode, title: ch.title, kind: 'chapter', requirement: null, levels: ch.levels, provenance: 'default',
        provenanceNote: join('defaults.yaml: default chapter, not source text', ...remarks.chapters),
      });
    };

    asArray(field(track, 'syllabus', trackWhere), `${trackWhere}.syllabus`).forEach((rawEntry, e) => {
      const where = `${trackWhere}.syllabus[${e}]`;
      const entry = readEntry(rawEntry, where);
      const path = `tracks.${t}.syllabus.${e}`;
      const remarks = { part: commentsAt(comments, `${path}.source`), chapters: commentsAt(comments, `${path}.chapters`) };
      const base = { code: entry.code, parentCode: entry.parent, kind: entry.kind, requirement: null, levels: entry.levels };

      if (entry.source === 'default') {
        push({ ...base, title: entry.title, provenance: 'default', provenanceNote: join(`defaults.yaml: default ${entry.kind}, not source text`, ...remarks.part) });
        entry.chapters.forEach((ch) => pushDefaultChapter(ch, entry.code, remarks));
        return;
      }

      if (vipTree) {
        const node = vipTree.nodes.find((n) => n.name === entry.title);
        if (!node) throw new ReferenceDataError(`${where}: '${entry.title}' is marked source: seed but is not in the VIP standard's knowledge tree`);
        push({
          ...base, title: node.name, provenance: 'seed',
          provenanceNote: join(`certification-standard.yaml: VIP standard 二、基本要求 knowledge tree, ${node.code} ${node.name} (source: ${vipTree.source})`, node.altTitle && `alt. title ${node.altTitle}`),
        });
        entry.chapters.forEach((ch) => pushDefaultChapter(ch, entry.code, remarks));
        return;
      }

      // 政企 track: a source part of the 四级 syllabus, matched by title, else by order among the seed parts.
      let p = govParts.findIndex((part, k) => !usedParts.has(k) && part.name === entry.title);
      if (p < 0 && seedOrdinal < govParts.length && !usedParts.has(seedOrdinal)) p = seedOrdinal;
      seedOrdinal += 1;
      const part = govParts[p];
      if (!part) throw new ReferenceDataError(`${where}: '${entry.title}' is marked source: seed but matches no part of the ${GOV_SYLLABUS_LEVEL} syllabus`);
      usedParts.add(p);
      const partPath = `syllabus.yaml: ${GOV_SYLLABUS_LEVEL} › ${part.name}`;
      push({
        ...base, title: part.name, provenance: 'seed',
        provenanceNote: join(`${partPath} (source: ${part.source})`, part.name !== entry.title && `defaults.yaml title '${entry.title}' differs, the source text is used`),
      });
      const matched = matchChapters(entry.chapters, part.chapters, `${where} (${part.name})`);
      entry.chapters.forEach((ch, c) => {
        const src = matched[c];
        if (!src) {
          pushDefaultChapter(ch, entry.code, remarks);
          return;
        }
        const chPath = `${partPath} › 第${src.no}章 ${src.name}`;
        push({
          code: ch.code, parentCode: entry.code, title: src.name, kind: 'chapter', requirement: null, levels: ch.levels, provenance: 'seed',
          provenanceNote: join(`${chPath} (source: ${part.source})`, src.name !== ch.title && `defaults.yaml title '${ch.title}' differs, the source text is used`),
        });
        src.points.forEach((pt, i) => {
          push({
            code: `${ch.code}.${i + 1}`, parentCode: ch.code, title: pt.text, kind: 'point', requirement: pt.requirement, levels: [...ch.levels], provenance: 'seed',
            provenanceNote: `${chPath} › point ${i + 1} (source: ${part.source}); ${pt.requirementName} is the ${GOV_SYLLABUS_LEVEL} requirement`,
          });
        });
      });
    });

    const unused = govParts.filter((_part, k) => !usedParts.has(k));
    if (unused.length > 0) {
      throw new ReferenceDataError(`${trackWhere}: syllabus.yaml part(s) ${unused.map((u) => `'${u.name}'`).join(', ')} have no code in defaults.yaml`);
    }
  });
  return out;
}

