/**
 * Synthetic but realistic question-bank content for the benchmarks: Chinese stems of varied length
 * composed from word lists of the telecom customer-manager domain, all six types, difficulties
 * 1–5, the three requirements, usages and tags with skewed (Zipf-like) frequencies. Deterministic
 * for a given seed, so two runs measure the same bank.
 *
 * Two words exist for the text queries: COMMON_WORD (客户经理, part of several subject phrases, so a
 * large share of stems contain it) and RARE_WORD (区块链, a topic drawn about once per thousand).
 */
import type { QuestionContent } from '@cm/db';

export const COMMON_WORD = '客户经理';
export const RARE_WORD = '区块链';
/** Probability that a question's topic is the rare one. */
const RARE_TOPIC_P = 0.001;

export type Rng = () => number;

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** Picks by weight: `[[value, weight], …]`. */
export function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rng() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1]![0];
}

/** Zipf-like pick: the i-th item has weight 1 / (i + 1). */
function zipf<T>(rng: Rng, items: readonly T[]): T {
  return weighted(rng, items.map((v, i) => [v, 1 / (i + 1)] as const));
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const CONTEXTS = [
  '在为政企客户提供综合信息化解决方案的过程中', '某市分公司开展存量客户走访活动时', '在营业厅接待VIP客户办理业务时', '面对客户对月度账单提出的疑问时',
  '在集团客户年度合同续签谈判中', '在开展行业客户需求调研时', '当客户反映千兆宽带网速不稳定时', '在组织重要客户答谢会时', '根据公司客户服务规范的要求',
  '在向中小企业客户推介云网融合产品时', '在参与政府部门信息化项目投标时', '针对医院、学校等行业客户', '在处理客户越级投诉时',
  '在开展商机挖掘和客户画像分析时', '为保障重要通信时期的网络质量', '在客户提出携号转网申请时', '在新产品上市前的营销策划阶段', '在客户欠费催缴工作中',
  '在受理企业专线开通业务时', '在重要客户的网络割接期间', '在季度经营分析会上', '在走访工业园区的制造业客户时',
] as const;

/** Several contain COMMON_WORD, so it is frequent, as in a real bank. */
const SUBJECTS = ['客户经理', '政企客户经理', '销售经理', '客户经理', '大客户经理', '营业员', '装维工程师', '售前支撑人员', '行业经理', '客户经理'] as const;

const ACTIONS = ['首先应当', '应优先', '需要及时', '应按照规定', '可以主动', '不得擅自', '必须', '应当会同相关部门'] as const;

const OBJECTS = [
  '了解客户的真实需求', '核实客户的身份信息', '向客户说明资费标准和优惠期限', '填写业务受理单', '制定客户拜访计划', '组织售前技术交流',
  '评估项目的投入产出', '记录客户投诉的具体内容', '协调装维资源上门服务', '向客户决策层提交解决方案', '完成合同审批流程', '维护客户关系档案',
  '开展满意度回访', '识别潜在商机', '进行竞争对手分析', '梳理客户的组织架构', '确认服务等级协议中的指标', '提醒客户注意信息安全风险',
] as const;

const TOPICS = [
  '5G专网', '云网融合', '天翼云', '千兆宽带', '政企专线', '物联网卡', 'IDC机房托管', '视频监控', '智慧校园', '智慧医疗', '数字乡村', '移动办公',
  '固话业务', '融合套餐', '国际漫游', '携号转网', '信息安全', '客户满意度', '服务礼仪', '投诉处理', '商务谈判', '合同管理', '招投标', '电信条例',
  '个人信息保护法', '网络安全法', '资费政策', '存量经营', '渠道管理', '客户关系管理', '客户拜访', '需求挖掘', '解决方案营销', '大数据应用', '边缘计算',
  'SD-WAN', '云桌面', '应急通信',
] as const;

const ASPECTS = ['主要特点', '适用场景', '办理流程', '注意事项', '计费方式', '服务标准', '核心优势', '主要风险', '考核指标', '基本原则', '实施步骤', '常见问题'] as const;

const CLAIMS = [
  '可以在未经客户书面同意的情况下变更其套餐', '应当在承诺时限内答复客户', '属于公司的核心竞争优势', '需要由客户经理单独完成全部工作',
  '应以客户需求为导向而不是以产品为导向', '必须遵守国家有关个人信息保护的规定', '可以向客户承诺超出公司政策的优惠', '适用于所有行业的政企客户',
  '是衡量客户经理工作质量的重要指标', '应当在合同中明确双方的权利和义务', '不需要考虑竞争对手的报价', '应当定期向客户通报网络运行情况',
] as const;

const FILL_WORDS = [
  ['需求分析', '需求调研'], ['方案设计'], ['客户拜访'], ['合同签订'], ['售后服务'], ['满意度回访'], ['服务等级协议', 'SLA'], ['首问负责制'], ['24小时'],
  ['48小时'], ['实名制'], ['商机管理'], ['客户画像'], ['带宽'], ['时延'], ['可靠性'], ['安全性'], ['投诉升级'], ['主动服务'], ['差异化服务'],
] as const;

const EXTRAS = [
  '（本题依据公司最新业务规范）', '，同时要兼顾客户体验和公司效益', '，并在规定时限内完成', '，且不得违反公司的廉洁从业规定', '，要做到有记录、可追溯',
  '，并注意保护客户的商业秘密', '，需要得到上级主管的审批', '，应当使用规范的服务用语',
] as const;

const INDUSTRIES = ['制造企业', '三甲医院', '区县政府部门', '连锁零售企业', '物流公司', '高等院校', '商业银行分行', '工业园区管委会', '星级酒店', '新能源汽车企业'] as const;

const SITUATIONS = [
  '现有通信费用由各部门分散支付，管理混乱', '近期有竞争对手频繁上门接触其信息化负责人', '计划在明年新建一个生产基地', '对目前的网络质量多次提出投诉',
  '正在推进数字化转型，需要统一的云平台', '合同将在三个月后到期，尚未明确续约意向', '分支机构遍布全省，需要稳定的组网方案', '领导层更换后采购流程发生了变化',
  '希望在控制成本的前提下提升办公效率', '对数据安全和合规有很高的要求',
] as const;

/** Tags in decreasing frequency (Zipf-like); TAG_FOR_QUERY sits in the middle. */
export const TAGS = [
  '考试重点', '营销技巧', '政企', '5G', '服务礼仪', '法律法规', '宽带', '专线', '云网融合', '资费', '招投标', '投诉处理', '客户关系', '存量经营',
  '数字化转型', '天翼云', 'IDC', '物联网', '视频监控', '智慧城市', '移动办公', '融合套餐', '国际业务', '信息安全', '大数据', '行业应用', '渠道', '合同',
] as const;
export const TAG_FOR_QUERY = '招投标';

const TYPE_WEIGHTS = [['single', 35], ['multiple', 20], ['judge', 20], ['fill', 12], ['short', 8], ['case', 5]] as const;
const DIFFICULTY_WEIGHTS = [[1, 10], [2, 25], [3, 35], [4, 20], [5, 10]] as const;
const REQUIREMENT_WEIGHTS = [['understand', 30], ['familiar', 40], ['master', 30]] as const;
const USAGE_WEIGHTS: readonly (readonly [readonly string[], number])[] = [[['exam'], 60], [['practice'], 15], [['exam', 'practice'], 25]];

export type GenType = (typeof TYPE_WEIGHTS)[number][0];

function topicOf(rng: Rng): string {
  return rng() < RARE_TOPIC_P ? `${RARE_WORD}存证` : zipf(rng, TOPICS);
}

function extras(rng: Rng): string {
  let s = '';
  const n = weighted(rng, [[0, 50], [1, 30], [2, 15], [3, 5]] as const);
  for (let i = 0; i < n; i++) s += pick(rng, EXTRAS);
  return s;
}

function options(rng: Rng, count: number): { key: string; text: string }[] {
  const texts = new Set<string>();
  while (texts.size < count) texts.add(`${pick(rng, ACTIONS)}${pick(rng, OBJECTS)}`);
  return [...texts].map((text, i) => ({ key: String.fromCharCode(65 + i), text }));
}

function caseStem(rng: Rng, topic: string): string {
  const company = `某${pick(rng, INDUSTRIES)}`;
  const parts = [`${company}拥有员工约${int(rng, 2, 80) * 50}人，${pick(rng, SITUATIONS)}。`];
  const sentences = int(rng, 2, 7);
  for (let i = 0; i < sentences; i++) {
    parts.push(`${pick(rng, CONTEXTS)}，${pick(rng, SUBJECTS)}了解到该客户${pick(rng, SITUATIONS)}${extras(rng)}。`);
  }
  parts.push(`请结合${topic}的${pick(rng, ASPECTS)}，分析该客户的需求，并说明${pick(rng, SUBJECTS)}应如何${pick(rng, OBJECTS)}。`);
  return parts.join('');
}

/** One question's content (valid under validateQuestionContent) on the given syllabus node. */
export function generateQuestion(rng: Rng, syllabusNodeId: string, forcedType?: GenType): QuestionContent {
  const type = forcedType ?? weighted(rng, TYPE_WEIGHTS);
  const topic = topicOf(rng);
  const subject = pick(rng, SUBJECTS);
  const lead = rng() < 0.6 ? `${pick(rng, CONTEXTS)}，` : '';
  let stem: string;
  let opts: { key: string; text: string }[] | null = null;
  let answer: unknown = undefined;
  let rubric: { criterion: string; maxPoints: number }[] | null = null;
  switch (type) {
    case 'single':
      stem = `${lead}关于${topic}的${pick(rng, ASPECTS)}，${subject}下列做法中最恰当的是${extras(rng)}（　　）。`;
      opts = options(rng, weighted(rng, [[4, 85], [5, 15]] as const));
      answer = pick(rng, opts).key;
      break;
    case 'multiple': {
      stem = `${lead}关于${topic}的${pick(rng, ASPECTS)}，下列说法正确的有${extras(rng)}（　　）。`;
      opts = options(rng, weighted(rng, [[4, 60], [5, 30], [6, 10]] as const));
      const n = int(rng, 2, opts.length - 1);
      answer = opts.map((o) => o.key).filter((_, i) => i < n);
      break;
    }
    case 'judge':
      stem = `${lead}${subject}在${topic}相关工作中${pick(rng, CLAIMS)}${extras(rng)}。`;
      answer = rng() < 0.5;
      break;
    case 'fill': {
      const blanks = weighted(rng, [[1, 75], [2, 25]] as const);
      stem = blanks === 1
        ? `${lead}${topic}的${pick(rng, ASPECTS)}中，______是${subject}必须掌握的内容${extras(rng)}。`
        : `${lead}${topic}的工作通常包括______和______两个环节${extras(rng)}。`;
      answer = Array.from({ length: blanks }, () => [...pick(rng, FILL_WORDS)]);
      break;
    }
    case 'short':
      stem = `请简述${topic}的${pick(rng, ASPECTS)}，并结合工作实际说明${subject}应如何${pick(rng, OBJECTS)}${extras(rng)}。`;
      rubric = Array.from({ length: int(rng, 2, 4) }, (_, i) => ({ criterion: `要点${i + 1}：说明${pick(rng, ASPECTS)}`, maxPoints: int(rng, 2, 5) }));
      break;
    case 'case':
      stem = caseStem(rng, topic);
      rubric = Array.from({ length: int(rng, 3, 5) }, (_, i) => ({ criterion: `要点${i + 1}：${pick(rng, OBJECTS)}`, maxPoints: int(rng, 3, 8) }));
      break;
  }
  const tagCount = weighted(rng, [[0, 25], [1, 40], [2, 25], [3, 10]] as const);
  const tags = new Set<string>();
  for (let i = 0; i < tagCount; i++) tags.add(zipf(rng, TAGS));
  const content: QuestionContent = {
    syllabusNodeId,
    type,
    stem,
    difficulty: weighted(rng, DIFFICULTY_WEIGHTS),
    requirement: weighted(rng, REQUIREMENT_WEIGHTS),
    tags: [...tags],
    usage: [...weighted(rng, USAGE_WEIGHTS)],
  };
  if (opts) content.options = opts;
  if (answer !== undefined) content.answer = answer;
  if (rubric) content.rubric = rubric;
  if (rng() < 0.4) content.explanation = `本题考查${topic}的相关知识，详见培训教材第${int(rng, 1, 12)}章。`;
  return content;
}

/** Word of each type and requirement in the import sheet (the contract's 题型 / 认知要求 words). */
export const TYPE_WORD: Record<GenType, string> = { single: '单选', multiple: '多选', judge: '判断', fill: '填空', short: '简答', case: '案例分析' };
export const REQUIREMENT_WORD: Record<string, string> = { understand: '了解', familiar: '熟悉', master: '掌握' };
