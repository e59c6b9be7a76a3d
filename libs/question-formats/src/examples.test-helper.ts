import type { QuestionDraft } from './types';

/** Hand-written drafts of every type (valid per validateQuestionContent), used by the round-trip tests. */
export const SINGLE: QuestionDraft = {
  chapterCode: 'GOV-M.3',
  type: 'single',
  stem: '客户经理上门拜访政企客户时,下列做法**最恰当**的是____。',
  options: [
    { key: 'A', text: '不预约直接上门' },
    { key: 'B', text: '提前预约并按约定时间到达' },
    { key: 'C', text: '迟到后不作解释' },
    { key: 'D', text: '由客户决定是否需要出示工牌' },
  ],
  answer: 'B',
  difficulty: 2,
  requirement: 'understand',
  explanation: '上门拜访须提前预约、守时并主动出示工作证件。',
  usage: ['exam'],
};

export const MULTIPLE: QuestionDraft = {
  chapterCode: 'GOV-M.3',
  type: 'multiple',
  stem: '以下属于电信业务经营许可类别的有:\n- 基础电信业务\n- 增值电信业务',
  options: [
    { key: 'A', text: '基础电信业务' },
    { key: 'B', text: '广播电视业务' },
    { key: 'C', text: '增值电信业务' },
    { key: 'D', text: '邮政快递业务' },
  ],
  answer: ['A', 'C'],
  difficulty: 3,
  requirement: 'familiar',
  tags: ['法规', '许可证'],
  usage: ['exam', 'practice'],
};

export const JUDGE: QuestionDraft = {
  chapterCode: 'VIP-1.2.1.1',
  type: 'judge',
  stem: '《电信条例》规定,电信资费实行市场调节价、政府指导价和政府定价 & 其他 <定价> 方式。',
  answer: false,
  difficulty: 1,
  requirement: 'understand',
  explanation: '资费只有三种:市场调节价、政府指导价、政府定价。',
};

export const FILL_ONE: QuestionDraft = {
  chapterCode: 'GOV-M.3',
  type: 'fill',
  stem: '我国电信监管的基本原则是政企分开、____、鼓励竞争、促进发展和公开、公平、公正。',
  answer: [['破除垄断', '打破垄断']],
  difficulty: 2,
  requirement: 'understand',
  explanation: '见《电信条例》总则。',
  usage: ['practice'],
};

export const FILL_TWO: QuestionDraft = {
  chapterCode: 'GOV-M.3',
  type: 'fill',
  stem: '电信业务分为____和____两类。',
  answer: [['基础电信业务'], ['增值电信业务', '增值业务']],
  difficulty: 2,
  requirement: 'understand',
};

export const SHORT: QuestionDraft = {
  chapterCode: 'GOV-M.4',
  type: 'short',
  stem: '简述政企客户经理在商机挖掘阶段的主要工作:{目标} ~ = # 与 \\ 符号。',
  difficulty: 4,
  requirement: 'master',
  rubric: [
    { criterion: '说明客户需求调研的方法', maxPoints: 4 },
    { criterion: '列出商机评估要素:时间、预算', maxPoints: 3.5 },
  ],
  explanation: '参考教材第二部分 销售技巧。',
  tags: ['销售技巧'],
};

export const CASE: QuestionDraft = {
  chapterCode: 'GOV-M.4',
  type: 'case',
  stem: '某市政府拟建设智慧城市平台,预算 500 万元。\n请分析客户需求并提出方案。',
  difficulty: 5,
  requirement: 'master',
  rubric: [
    { criterion: '需求分析完整', maxPoints: 10 },
    { criterion: '方案可行', maxPoints: 10 },
  ],
  usage: ['exam'],
};

export const ALL_TYPES: readonly QuestionDraft[] = [SINGLE, MULTIPLE, JUDGE, FILL_ONE, FILL_TWO, SHORT, CASE];
