import { readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import {
  REFERENCE_DATA_DIR,
  ReferenceDataError,
  findReferenceDataDir,
  loadReferenceData,
  matchChapters,
  parseSyllabus,
  type RefSyllabusNode,
  type ReferenceData,
} from './index';
import { findInTextCommas, parseReferenceYaml } from './yaml-read';

const DIR = path.join(__dirname, '../../../reference-data');
const WORKSPACE_ROOT = path.resolve(__dirname, '../../../../..');
const read = (file: string): string => readFileSync(path.join(DIR, file), 'utf8');

const defaultsText = read('defaults.yaml');
const syllabusText = read('syllabus.yaml');
const competencyText = read('competency-model.yaml');
const standardText = read('certification-standard.yaml');
/** defaults.yaml has no in-text commas, so a plain YAML parse is the reference for the numbers. */
const defaultsYaml = parse(defaultsText) as {
  tracks: { code: string; blueprint_areas: string[]; area_percents: Record<string, number[]>; knowledge_items: Record<string, string[]> }[];
  [concern: string]: unknown;
};

/** Every ▶ segment of the seed document (the text after each ▶ up to the next ▶ or line end). */
const seedIndicators = new Set(
  readdirSync(path.join(DIR, 'seed'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(path.join(DIR, 'seed', f), 'utf8').split('\n'))
    .flatMap((line) => line.split('▶').slice(1).map((s) => s.trim())),
);

const VIP = 'vip-service-manager';
const GOV = 'gov-enterprise-sales-manager';

let data: ReferenceData;
beforeAll(() => {
  data = loadReferenceData(DIR);
});

const nodesOf = (track: string): RefSyllabusNode[] => data.syllabus.filter((n) => n.trackCode === track);
const node = (track: string, code: string): RefSyllabusNode => {
  const found = nodesOf(track).find((n) => n.code === code);
  if (!found) throw new Error(`no node ${code} in ${track}`);
  return found;
};
const item = (code: string) => data.competencyModel.items.find((i) => i.code === code)!;
const setting = (key: string) => data.settings.find((s) => s.key === key)!;

describe('REFERENCE_DATA_DIR', () => {
  it('resolves to libs/db/reference-data from the source tree', () => {
    expect(REFERENCE_DATA_DIR).toBe(path.resolve(DIR));
  });

  it('resolves from the compiled tree (dist mirrors the source tree; reference-data is not copied)', () => {
    expect(findReferenceDataDir(path.join(WORKSPACE_ROOT, 'dist/libs/db/src/seed/reference'))).toBe(path.resolve(DIR));
  });

  it('throws a clear error when no ancestor holds the reference data', () => {
    expect(() => findReferenceDataDir(os.tmpdir())).toThrow(/Reference data not found.*libs\/db\/reference-data\/defaults\.yaml/);
  });

  it('a missing file is a ReferenceDataError naming it', () => {
    expect(() => loadReferenceData(os.tmpdir())).toThrow(ReferenceDataError);
    expect(() => loadReferenceData(os.tmpdir())).toThrow(/defaults\.yaml/);
  });
});

describe('reading the reference yaml', () => {
  it('keeps ASCII commas inside Chinese text in flow lists (one ▶ indicator stays one entry)', () => {
    const { data: parsed } = parseReferenceYaml('a: [付出努力,想把工作做好。, 完成日常工作,工作质量符合要求。]\nb: {text: 渴望成功,追求卓越。, source: seed}\nc: [1,2, x,y]\n', 't.yaml');
    expect(parsed).toEqual({
      a: ['付出努力,想把工作做好。', '完成日常工作,工作质量符合要求。'],
      b: { text: '渴望成功,追求卓越。', source: 'seed' },
      c: [1, 2, 'x', 'y'],
    });
  });

  it('only flow commas directly followed by non-ASCII text are treated as text', () => {
    expect(findInTextCommas('a: [x,中, 文]\nb: 甲,乙\nc: "[不,是]"\n')).toEqual([5]);
  });

  it('the 88 in-text commas of competency-model.yaml are all between Chinese characters', () => {
    const offsets = findInTextCommas(competencyText);
    expect(offsets).toHaveLength(88);
    for (const o of offsets) expect(competencyText.slice(o - 1, o + 2)).toMatch(/^[^\x00-\x7f],[^\x00-\x7f]$/);
    for (const text of [defaultsText, syllabusText, standardText]) expect(findInTextCommas(text)).toEqual([]);
  });
});

describe('tracks', () => {
  it('has the two tracks with the four level names', () => {
    expect(data.tracks.map((t) => [t.code, t.name])).toEqual([
      [VIP, 'VIP客户服务经理'],
      [GOV, '政企客户销售经理'],
    ]);
    for (const t of data.tracks) {
      expect(t.levels).toEqual([
        { level: 1, name: '四级' },
        { level: 2, name: '三级(中级)' },
        { level: 3, name: '二级(高级)' },
        { level: 4, name: '一级(资深)' },
      ]);
    }
  });
});

describe('competency model', () => {
  it('has title, S1..S7 and the four level principles', () => {
    const m = data.competencyModel;
    expect(m.title).toBe('中国电信政企客户部能力素质模型:客户经理岗位能力素质模型');
    expect(Object.keys(m.sourceRefs)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);
    expect(m.sourceRefs['S1']).toBe('https://m.hzar.cn/wenku/rgdbc/n8pV99j3m9');
    expect(m.levelPrinciples.map((p) => [p.level, p.name, p.definition.length])).toEqual([
      [1, '初级', 3],
      [2, '中级', 3],
      [3, '高级', 3],
      [4, '资深', 3],
    ]);
    expect(m.levelPrinciples[3]!.definition[0]).toBe('在该技能领域是公认的专家,拥有特殊的技能;');
    expect(m.levelPrinciples[0]!.provenance).toMatch(/^S1/);
    expect(m.levelPrinciples[0]!.provenance).toMatch(/ordinal numbers are added/);
  });

  it('has 18 items in seq order in 3 categories split 8/4/6', () => {
    const { items, categories } = data.competencyModel;
    expect(items.map((i) => i.seq)).toEqual(Array.from({ length: 18 }, (_v, i) => i + 1));
    expect(categories.map((c) => [c.id, c.name])).toEqual([
      ['basic', '基本能力'],
      ['professional_technical', '专业/技术能力'],
      ['functional_behavioural', '职能行为能力'],
    ]);
    expect(categories.map((c) => items.filter((i) => i.categoryId === c.id).length)).toEqual([8, 4, 6]);
    for (const i of items) expect(categories.find((c) => c.id === i.categoryId)!.name).toBe(i.category);
    expect(categories[0]!.provenance).toMatch(/^S1/);
  });

  it('items 9-12 are exam items, the other 14 are rated', () => {
    for (const i of data.competencyModel.items) expect(i.assessment).toBe(i.seq >= 9 && i.seq <= 12 ? 'exam' : 'rating');
  });

  it('every item has the four levels 初级..资深', () => {
    for (const i of data.competencyModel.items) {
      expect(i.levels.map((l) => [l.level, l.name])).toEqual([
        [1, '初级'],
        [2, '中级'],
        [3, '高级'],
        [4, '资深'],
      ]);
    }
  });

  it('抗挫能力 is complete at all four levels', () => {
    const ft = item('frustration_tolerance');
    expect(ft.name).toBe('抗挫能力');
    expect(ft.levels.map((l) => l.completeness)).toEqual(['complete', 'complete', 'complete', 'complete']);
    expect(ft.levels.map((l) => l.indicators.length)).toEqual([3, 3, 4, 4]);
    expect(ft.levels.map((l) => l.summary)).toEqual(['正视挫折,努力弥补,基本维持工作标准。', '积极面对挫折,维持工作标准。', '化解困境,挑战工作标准。', '挑战逆境,卓越工作表现。']);
    expect(ft.definition).toBe('面对挫折时的承受能力与应对能力。');
  });

  it('not-found levels have no text: null summary, no indicators, provenance not found', () => {
    const levels = data.competencyModel.items.flatMap((i) => i.levels);
    const notFound = levels.filter((l) => l.completeness === 'not_found');
    expect(notFound.length).toBe(4 * 10 + 2 * 2 + 4 * 2 + 1); // items 9-18; 1 and 7 (高级, 资深); 4-6 and 8 (初级, 中级); 3 (中级)
    for (const l of notFound) {
      expect(l.summary).toBeNull();
      expect(l.indicators).toEqual([]);
      expect(l.provenance).toBe('not found');
    }
    for (const seq of [13, 14, 15, 16, 17, 18]) {
      expect(data.competencyModel.items[seq - 1]!.levels.every((l) => l.completeness === 'not_found')).toBe(true);
    }
  });

  it('every ▶ indicator and summary is verbatim source text, never invented or split', () => {
    for (const i of data.competencyModel.items) {
      for (const l of i.levels) {
        for (const ind of l.indicators) {
          expect(competencyText).toContain(ind);
          expect(seedIndicators.has(ind)).toBe(true); // a whole ▶ line of the seed document
        }
        if (l.summary !== null) expect(competencyText).toContain(l.summary);
      }
      if (i.definition !== null) expect(competencyText).toContain(i.definition);
    }
  });

  it('keeps texts containing commas whole', () => {
    const ao = item('achievement_orientation');
    expect(ao.definition).toBe('渴望成功,追求卓越,不断给自己设定更高、更新的目标。');
    expect(ao.levels[0]!.indicators).toEqual(['付出努力,想把工作做好。', '完成日常工作,工作质量符合要求。', '在没有明确指示的情况下,能独立处理日常业务。', '能达成工作目标,争取进步。']);
    expect(ao.levels[1]!.indicators).toHaveLength(3); // "every copy breaks off after these three lines"
    expect(ao.levels[1]!.completeness).toBe('partial');
    expect(item('communication_listening').levels[0]!.summary).toBe('清楚表达,愿意倾听。');
    expect(item('general_basic_knowledge').description).toBe('通用基础知识,主要是指电信行业概况、企业概况、法律法规、企业规章制度等方面的知识。');
  });

  it('only 成就导向 and 抗挫能力 have definitions; the rest stay null / not found', () => {
    const withDef = data.competencyModel.items.filter((i) => i.definition !== null).map((i) => i.code);
    expect(withDef).toEqual(['achievement_orientation', 'frustration_tolerance']);
    for (const i of data.competencyModel.items) if (i.definition === null) expect(i.definitionProvenance).toBe('not found');
  });

  it('keeps inferred level positions, notes and unplaced fragments labelled', () => {
    for (const code of ['communication_listening', 'written_expression', 'interpersonal', 'execution', 'coordination']) {
      expect(item(code).levels[2]!.levelPosition).toBe('inferred');
    }
    expect(item('frustration_tolerance').levels.every((l) => l.levelPosition === null)).toBe(true);
    expect(item('execution').levels[3]!.note).toMatch(/遇见到/);
    const ec = item('emotional_control');
    expect(ec.unplacedFragments).toEqual([
      { text: '面对高压局面,以建设性的方式处理问题,积极寻求问题的解决。', levelHint: expect.stringMatching(/^unknown/), provenance: 'seed' },
    ]);
    expect(ec.levels.flatMap((l) => l.indicators)).not.toContain(ec.unplacedFragments[0]!.text);
    expect(item('position_basic_skills').note).toMatch(/inferred/);
  });

  it('exam rule: source text for 通用基础知识, not found (assumption labelled) for 10-12', () => {
    const gbk = item('general_basic_knowledge');
    expect(gbk.examRule).toContain('上述各项考试得分,加权平均以后,得到可以比较的百分制标准分。');
    expect(competencyText).toContain('上述各项考试得分,加权平均以后,得到可以比较的百分制标准分。');
    expect(gbk.examRuleProvenance).toMatch(/^seed; formula \(the reference data's rendering/);
    expect(gbk.subAreas!.map((a) => a.name)).toEqual(['电信行业概况', '企业概况', '法律法规', '企业规章制度']);
    for (const code of ['professional_basic_knowledge', 'position_basic_knowledge', 'position_basic_skills']) {
      expect(item(code).examRule).toBeNull();
      expect(item(code).examRuleProvenance).toMatch(/^not found; .*inference, not source text/);
    }
    expect(item('achievement_orientation').examRule).toBeUndefined();
  });
});

describe('syllabus', () => {
  it('codes are unique per track, parents exist and come first, positions are 0..n-1 per parent', () => {
    for (const t of [VIP, GOV]) {
      const nodes = nodesOf(t);
      expect(new Set(nodes.map((n) => n.code)).size).toBe(nodes.length);
      const seen = new Set<string>();
      const byParent = new Map<string, number[]>();
      for (const n of nodes) {
        if (n.parentCode !== null) expect(seen.has(n.parentCode)).toBe(true);
        seen.add(n.code);
        byParent.set(n.parentCode ?? '', [...(byParent.get(n.parentCode ?? '') ?? []), n.position]);
      }
      for (const positions of byParent.values()) expect(positions).toEqual(positions.map((_p, i) => i));
    }
  });

  it('every blueprint and knowledge-item area of defaults.yaml is a node of its track', () => {
    for (const t of defaultsYaml.tracks) {
      const codes = new Set(nodesOf(t.code).map((n) => n.code));
      for (const area of [...t.blueprint_areas, ...Object.values(t.knowledge_items).flat()]) expect(codes.has(area)).toBe(true);
    }
  });

  it('every node covers levels 1-4; only points carry a requirement', () => {
    for (const n of data.syllabus) {
      expect(n.levels).toEqual([1, 2, 3, 4]);
      if (n.kind === 'point') expect(n.requirement).not.toBeNull();
      else expect(n.requirement).toBeNull();
    }
  });

  it('seed titles are source text; default titles come from defaults.yaml', () => {
    for (const n of data.syllabus) {
      if (n.provenance === 'seed') expect(n.trackCode === VIP ? standardText : syllabusText).toContain(n.title);
      else expect(defaultsText).toContain(n.title);
      expect(n.provenanceNote).toBeTruthy();
    }
  });

  it('VIP: the standard knowledge tree (seed) with default chapters', () => {
    const vip = nodesOf(VIP);
    expect(vip.filter((n) => n.kind === 'part').map((n) => [n.code, n.parentCode, n.title, n.provenance])).toEqual([
      ['VIP-1', null, '基础知识', 'seed'],
      ['VIP-1.1', 'VIP-1', '电信基础知识', 'seed'],
      ['VIP-1.2', 'VIP-1', '服务礼仪及行为规范', 'seed'],
      ['VIP-2', null, '专业知识', 'seed'],
      ['VIP-2.1', 'VIP-2', '专业基本知识', 'seed'],
      ['VIP-2.2', 'VIP-2', '重点业务知识', 'seed'],
      ['VIP-2.3', 'VIP-2', '服务营销知识', 'seed'],
      ['VIP-3', null, '法律知识', 'seed'],
    ]);
    const chapters = vip.filter((n) => n.kind === 'chapter');
    expect(chapters).toHaveLength(20);
    for (const c of chapters) {
      expect(c.provenance).toBe('default');
      expect(c.provenanceNote).toMatch(/^defaults\.yaml: default chapter, not source text/);
    }
    expect(node(VIP, 'VIP-1.1').provenanceNote).toBe('certification-standard.yaml: VIP standard 二、基本要求 knowledge tree, 1.1 电信基础知识 (source: V1 TOC, V2 TOC, seed TOC)');
    expect(node(VIP, 'VIP-1.2').provenanceNote).toMatch(/alt\. title 服务礼仪与行为规范 \(V2\)/);
    expect(node(VIP, 'VIP-2.3.1').provenanceNote).toMatch(/流失预警, 客户关怀, 价值提升 as its themes/);
    expect([node(VIP, 'VIP-3').position, node(VIP, 'VIP-3.4').position, node(VIP, 'VIP-3.4').parentCode]).toEqual([2, 3, 'VIP-3']);
  });

  it('政企: pins the mapping of syllabus.yaml chapters and points to codes', () => {
    const pinned = nodesOf(GOV)
      .filter((n) => n.code.startsWith('GOV-B') || n.code.startsWith('GOV-E'))
      .map((n) => `${n.code} ${n.kind} ${n.title}`);
    expect(pinned).toEqual([
      'GOV-B part 基础篇',
      'GOV-B.1 chapter 电信市场概述',
      'GOV-B.1.1 point 电信行业与电信产品的特点',
      'GOV-B.1.2 point 我国电信市场的改革历程',
      'GOV-B.1.3 point 国民经济“十一五”规划中有关信息产业的发展规划',
      'GOV-B.1.4 point 国内其他电信运营商标识、业务经营内容',
      'GOV-B.2 chapter 电信市场监管体系及相关电信法律法规',
      'GOV-B.2.1 point 我国电信市场监管体系和相关法律法规',
      'GOV-B.3 chapter 电信技术知识',
      'GOV-B.3.1 point 通信网的概念、网络拓扑结构及电信网组成',
      'GOV-B.3.2 point 电信基本业务网络种类和电信网络发展趋势',
      'GOV-E part 企业篇',
      'GOV-E.1 chapter 企业文化及战略',
      'GOV-E.1.1 point 企业的基本情况',
      'GOV-E.1.2 point 企业战略转型的主要内涵和重点举措',
      'GOV-E.1.3 point 企业文化纲要',
      'GOV-E.2 chapter 品牌体系',
      'GOV-E.2.1 point 企业品牌的内容',
      'GOV-E.2.2 point 客户品牌和重点业务品牌的目标客户群、品牌内涵、品牌口号、用于填充价值的主要产品',
    ]);
    for (const n of nodesOf(GOV).filter((x) => x.code.startsWith('GOV-B') || x.code.startsWith('GOV-E'))) expect(n.provenance).toBe('seed');
    expect(node(GOV, 'GOV-B.1.3').provenanceNote).toBe('syllabus.yaml: 四级 › 基础篇 › 第1章 电信市场概述 › point 3 (source: seed); 了解 is the 四级 requirement');
  });

  it('GOV-B (and GOV-E) points carry requirement understand (了解)', () => {
    const points = nodesOf(GOV).filter((n) => n.kind === 'point');
    expect(points.filter((p) => p.code.startsWith('GOV-B.'))).toHaveLength(7);
    for (const p of points) expect(p.requirement).toBe('understand');
  });

  it('GOV-Y is a default part with default chapters; GOV-M is a default part whose chapters are the eight selling steps (seed)', () => {
    expect([node(GOV, 'GOV-Y').provenance, node(GOV, 'GOV-M').provenance]).toEqual(['default', 'default']);
    expect(node(GOV, 'GOV-Y').provenanceNote).toMatch(/the part itself was not found/);
    const y = nodesOf(GOV).filter((n) => n.parentCode === 'GOV-Y');
    expect(y.map((n) => n.provenance)).toEqual(['default', 'default', 'default', 'default']);
    const m = nodesOf(GOV).filter((n) => n.parentCode === 'GOV-M');
    expect(m.map((n) => `${n.code} ${n.title}`)).toEqual([
      'GOV-M.1 事前准备', 'GOV-M.2 接近拜访', 'GOV-M.3 把握情况', 'GOV-M.4 说明产品',
      'GOV-M.5 消除异议', 'GOV-M.6 达成交易', 'GOV-M.7 售后回访', 'GOV-M.8 销售总结',
    ]);
    for (const c of m) {
      expect(c.provenance).toBe('seed');
      expect(c.provenanceNote).toContain("defaults.yaml: the purpose names 营销技能技巧; chapter names are the textbook's eight selling steps (source)");
    }
    expect(node(GOV, 'GOV-M.2').provenanceNote).toMatch(/^syllabus\.yaml: 第二部分 销售技巧, step 2 接近拜访 \(source: seed, G3\); alt\. label 拜访客户/);
    expect(nodesOf(GOV).filter((n) => n.parentCode === null).map((n) => n.code)).toEqual(['GOV-B', 'GOV-E', 'GOV-Y', 'GOV-M']);
  });

  describe('when defaults.yaml and syllabus.yaml disagree', () => {
    const inputs = () => ({
      defaults: parseReferenceYaml(defaultsText, 'defaults.yaml').data as typeof defaultsYaml,
      syllabus: parseReferenceYaml(syllabusText, 'syllabus.yaml').data,
      standard: parseReferenceYaml(standardText, 'certification-standard.yaml').data,
    });
    const govB = (d: typeof defaultsYaml) => (d.tracks[1] as unknown as { syllabus: { code: string; title: string; chapters: { code: string; title: string }[] }[] }).syllabus[0]!;

    it('a differing chapter title: code from defaults.yaml, text from syllabus.yaml, noted', () => {
      const src = inputs();
      govB(src.defaults).chapters[1]!.title = '监管与法规';
      const nodes = parseSyllabus(src).filter((n) => n.trackCode === GOV);
      const ch = nodes.find((n) => n.code === 'GOV-B.2')!;
      expect(ch.title).toBe('电信市场监管体系及相关电信法律法规');
      expect(ch.provenance).toBe('seed');
      expect(ch.provenanceNote).toMatch(/defaults\.yaml title '监管与法规' differs, the source text is used/);
      expect(nodes.find((n) => n.code === 'GOV-B.2.1')!.title).toBe('我国电信市场监管体系和相关法律法规');
    });

    it('a differing part title is matched by order among the seed parts', () => {
      const src = inputs();
      govB(src.defaults).title = '基础知识篇';
      const part = parseSyllabus(src).find((n) => n.code === 'GOV-B')!;
      expect([part.title, part.provenance]).toEqual(['基础篇', 'seed']);
      expect(part.provenanceNote).toMatch(/defaults\.yaml title '基础知识篇' differs/);
    });

    it('a source chapter without a code is an error, not dropped', () => {
      const src = inputs();
      govB(src.defaults).chapters.pop();
      expect(() => parseSyllabus(src)).toThrow(/source chapter\(s\) '电信技术知识' have no code in defaults\.yaml/);
    });

    it('matchChapters prefers identical titles, then position', () => {
      const source = [{ name: 'A' }, { name: 'B' }, { name: 'C' }];
      expect(matchChapters([{ code: 'x.1', title: 'C' }, { code: 'x.2', title: 'B?' }, { code: 'x.3', title: 'A' }], source, 't').map((s) => s?.name)).toEqual(['C', 'B', 'A']);
      expect(matchChapters([{ code: 'x.1', title: 'A' }, { code: 'x.2', title: 'B' }, { code: 'x.3', title: 'C' }, { code: 'x.4', title: 'D' }], source, 't').map((s) => s?.name ?? null)).toEqual(['A', 'B', 'C', null]);
    });

    it('a seed title missing from the VIP standard is an error', () => {
      const src = inputs();
      (src.defaults.tracks[0] as unknown as { syllabus: { title: string }[] }).syllabus[1]!.title = '电信基础';
      expect(() => parseSyllabus(src)).toThrow(/'电信基础' is marked source: seed but is not in the VIP standard's knowledge tree/);
    });
  });
});

describe('settings', () => {
  const CONCERNS = ['paper_structures', 'requirement_mix', 'marking', 'sitting', 'assembly', 'competency', 'decision_policy', 'eligibility'];

  it('one setting per concern plus blueprint areas and knowledge items per track, all default', () => {
    expect(data.settings.map((s) => s.key).sort()).toEqual(
      [...CONCERNS, `blueprint_areas.${VIP}`, `knowledge_items.${VIP}`, `blueprint_areas.${GOV}`, `knowledge_items.${GOV}`].sort(),
    );
    for (const s of data.settings) {
      expect(s.provenance).toBe('default');
      expect(s.note.length).toBeGreaterThan(0);
      expect(s.note.length).toBeLessThanOrEqual(500);
    }
  });

  it('values equal defaults.yaml exactly', () => {
    for (const key of CONCERNS) expect(setting(key).value).toEqual(defaultsYaml[key]);
    for (const t of defaultsYaml.tracks) {
      expect(setting(`blueprint_areas.${t.code}`).value).toEqual({ areas: t.blueprint_areas, area_percents: t.area_percents });
      expect(setting(`knowledge_items.${t.code}`).value).toEqual(t.knowledge_items);
    }
  });

  it('spot checks', () => {
    const policy = setting('decision_policy').value as Record<string, number>;
    expect(policy).toEqual({ exam_weight: 40, behaviour_weight: 60, exam_pass_mark: 60, composite_min: 70, max_levels_below_standard: 1, min_share_at_standard: 80 });
    const elig = setting('eligibility').value as Record<string, unknown>;
    expect(elig['training_hours']).toEqual({ 1: 30, 2: 24, 3: 18, 4: 12 });
    expect(elig['years_since_previous']).toEqual({ 2: 1, 3: 2, 4: 2 });
    expect(elig['retake_interval_months']).toBe(3);
    expect((setting('competency').value as { rater_weights: unknown }).rater_weights).toEqual({ supervisor: 60, peer: 30, self: 10 });
    expect(setting(`blueprint_areas.${VIP}`).value).toEqual({
      areas: ['VIP-1.1', 'VIP-1.2', 'VIP-2.1', 'VIP-2.2', 'VIP-2.3', 'VIP-3'],
      area_percents: { 1: [15, 15, 20, 25, 15, 10], 2: [10, 10, 20, 25, 25, 10], 3: [10, 5, 20, 25, 30, 10], 4: [5, 5, 20, 25, 35, 10] },
    });
  });

  it('area percents sum to 100 and paper structures to 100 points per level', () => {
    for (const t of defaultsYaml.tracks) for (const row of Object.values(t.area_percents)) expect(row.reduce((a, b) => a + b, 0)).toBe(100);
    const papers = setting('paper_structures').value as Record<string, { sections: { count: number; points_each: number }[] }>;
    expect(Object.keys(papers)).toEqual(['1', '2', '3', '4']);
    for (const p of Object.values(papers)) expect(p.sections.reduce((a, s) => a + s.count * s.points_each, 0)).toBe(100);
  });

  it('notes say which parts are sourced and repeat the file remarks', () => {
    const elig = setting('eligibility').note;
    expect(elig).toMatch(/^Defaults, except training_hours 30\/24\/18\/12 \(VIP standard V2\.0, source V1/);
    expect(elig).toContain('training_hours: source: VIP standard V2.0; used for both tracks');
    expect(setting('paper_structures').note).toMatch(/sample paper \(G1\)/);
    expect(setting('decision_policy').note).toMatch(/no source combines exam and behaviour/);
  });
});
