import { DemoQuestion, opts } from './demo-question';

/** VIP客户服务经理 · 2.3 服务营销知识 (VIP-2.3.1 流失预警, VIP-2.3.2 客户关怀, VIP-2.3.3 价值提升, VIP-2.3.4 投诉处理). */
export const VIP_SERVICE_MARKETING_QUESTIONS: DemoQuestion[] = [
  // ── 填空 ──
  {
    chapterCode: 'VIP-2.3.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '按流失的原因,客户流失可以分为主动流失和____流失,后者如客户因长期欠费被停机销号。',
    answer: [['被动']],
    explanation: '主动流失是客户主动选择离网或转网;被动流失是因欠费等原因被停机、销号。两类流失的防范措施不同。',
  },
  {
    chapterCode: 'VIP-2.3.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '一定时期内流失的客户数占期初客户总数的比例称为____。',
    answer: [['离网率', '流失率', '客户流失率']],
    explanation: '离网率是衡量客户保有效果的核心指标,维系工作的目标之一就是降低离网率。',
  },
  {
    chapterCode: 'VIP-2.3.2', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '按照 VIP 客户服务经理的职业定义,客户经理通过短信发送、____、上门拜访及其他互联网方式,向 VIP 客户提供差异化服务。',
    answer: [['电话外呼', '外呼', '电话']],
    explanation: '职业定义列出了四类接触方式:短信发送、电话外呼、上门拜访和其他互联网方式。',
  },
  {
    chapterCode: 'VIP-2.3.3', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '向客户推荐更高档次的同类产品(如套餐升档)称为向上销售;在客户已有业务的基础上推荐其他相关产品(如为手机客户推荐宽带)称为____销售。',
    answer: [['交叉']],
    explanation: '向上销售和交叉销售是存量客户价值提升的两种基本方式。',
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'fill', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '处理客户投诉的基本顺序是:先处理客户的____,再处理事情本身。',
    answer: [['情绪', '心情', '感受']],
    explanation: '客户情绪激动时很难听进解释;先倾听、共情,让客户平静下来,再核实和解决问题。',
  },
  {
    chapterCode: 'VIP-2.3.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '维系工作强调“早发现、早干预”,在客户流失的____刚出现时就主动接触,挽留成功率更高。',
    answer: [['信号', '征兆', '迹象', '预警信号']],
    explanation: '客户一旦决定离网,挽留难度和成本会大幅上升,因此要抓住预警信号出现后的时间窗口。',
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'fill', difficulty: 3, requirement: 'understand', usage: ['practice'],
    stem: '电信用户对电信业务经营者的投诉处理结果不满意时,可以向____提出申诉。',
    answer: [['电信用户申诉受理机构', '电信用户申诉受理中心', '工业和信息化部电信用户申诉受理中心', '通信管理局', '12300']],
    explanation: '用户先向企业投诉;对处理结果不满意或企业未处理的,可以向电信用户申诉受理机构申诉(工业和信息化部电信用户申诉受理中心电话 12300)。',
  },

  // ── 单选 ──
  {
    chapterCode: 'VIP-2.3.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '下列情形中,最可能是客户流失预警信号的是(  )。',
    options: opts('客户连续三个月话费和流量明显下降,与其他运营商号码的通话增多', '客户升级了套餐', '客户新办了一张副卡', '客户参加了积分兑换活动'),
    answer: 'A',
    explanation: '消费持续下降并伴随与竞争对手号码的联系增多,常是客户转移使用或准备转网的信号。',
  },
  {
    chapterCode: 'VIP-2.3.1', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '对合约即将到期的高价值客户,最合适的维系时机是(  )。',
    options: opts('合约到期、客户已经转网之后', '等客户主动来咨询', '合约到期前提前接触,了解需求并推荐续约方案', '合约到期当天群发一条短信'),
    answer: 'C',
    explanation: '合约到期是流失高风险时点,应提前接触,根据需求设计续约方案,把握主动。',
  },
  {
    chapterCode: 'VIP-2.3.2', type: 'single', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '下列客户关怀做法中,恰当的是(  )。',
    options: opts('每天给客户发送多条营销短信', '客户表示不愿被打扰后,仍定期外呼', '在客户生日时发送个性化祝福,不附带强行推销', '每次关怀都只介绍新产品'),
    answer: 'C',
    explanation: '关怀要真诚、适度、个性化;把关怀变成推销或过度打扰,反而会降低满意度。',
  },
  {
    chapterCode: 'VIP-2.3.2', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '关于客户满意度与客户忠诚度的关系,下列说法正确的是(  )。',
    options: opts('满意的客户一定忠诚', '满意度是忠诚度的重要基础,但满意不等于忠诚', '两者之间没有关系', '忠诚的客户一定不会投诉'),
    answer: 'B',
    explanation: '满意是忠诚的前提,但满意的客户仍可能被竞争对手吸引;还需要通过关怀、权益和情感联系提高忠诚度。',
  },
  {
    chapterCode: 'VIP-2.3.3', type: 'single', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '某客户连续三个月产生较高的套餐外流量费用,最合适的价值提升做法是(  )。',
    options: opts('建议客户少上网', '建议客户关闭数据流量', '不做处理,因为套餐外收入更高', '推荐流量更匹配的套餐,使客户每月总支出更合理'),
    answer: 'D',
    explanation: '长期超套会让客户感觉“被多收费”,主动推荐匹配的套餐既提升客户感知,也稳定收入,实现双赢。',
  },
  {
    chapterCode: 'VIP-2.3.3', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '价值提升营销的基本前提是(  )。',
    options: opts('以客户需求为基础,为客户创造价值', '以完成任务为唯一目的', '尽量推荐价格最高的产品', '对所有客户推荐同样的产品'),
    answer: 'A',
    explanation: '脱离客户需求的推销难以成功,还会引发投诉;价值提升应建立在为客户创造价值的基础上。',
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'single', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '处理客户投诉的第一步通常是(  )。',
    options: opts('立即向客户解释公司规定', '直接给出补偿方案', '把客户转给其他部门', '认真倾听,让客户充分表达诉求'),
    answer: 'D',
    explanation: '倾听既能让客户宣泄情绪,又能准确了解问题,是后续处理的基础。',
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '同一客户因同一问题多次投诉,通常说明(  )。',
    options: opts('客户在无理取闹', '问题没有真正解决,应查找根本原因并彻底解决', '应拒绝再次受理', '只需再次道歉即可'),
    answer: 'B',
    explanation: '重复投诉说明前次处理没有解决根本问题,应升级处理、查明根源,避免矛盾扩大。',
  },
  {
    chapterCode: 'VIP-2.3.2', type: 'single', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '服务过程中,客户与企业每一次接触、决定客户对服务印象的瞬间,被称为(  )。',
    options: opts('关键时刻', '服务补救', '客户生命周期', '二八原则'),
    answer: 'A',
    explanation: '“关键时刻”理论认为,客户对企业的评价由一次次具体接触累积而成,每次接触都要做好。',
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'single', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '客户投诉宽带故障三天未修复,客户经理核实后发现确因工单积压造成。最恰当的处理是(  )。',
    options: opts(
      '解释近期工单多,请客户理解并继续等待',
      '向客户致歉,协调加急处理并告知预计修复时间,修复后按规定补偿并回访',
      '建议客户先用手机热点上网',
      '告诉客户可以去工信部申诉',
    ),
    answer: 'B',
    explanation: '责任在企业时要主动担责:致歉、加急、告知进度、按规定补偿并回访,把投诉转化为信任。',
  },

  // ── 多选 ──
  {
    chapterCode: 'VIP-2.3.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '常见的客户流失预警信号有(  )。',
    options: opts('话费或流量连续下降', '频繁投诉或对服务明显不满', '咨询携号转网或销户', '新办了副卡'),
    answer: ['A', 'B', 'C'],
    explanation: '消费下降、频繁投诉、咨询转网销户都是典型预警信号;新办副卡通常说明客户黏性在提高。',
  },
  {
    chapterCode: 'VIP-2.3.1', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '导致客户主动流失的常见原因有(  )。',
    options: opts('客户经理定期关怀并及时解决问题', '资费缺乏竞争力', '网络覆盖或质量问题', '服务体验差,问题长期得不到解决'),
    answer: ['B', 'C', 'D'],
    explanation: '资费、网络、服务是客户流失的三大常见原因;定期关怀和及时解决问题是防止流失的措施。',
  },
  {
    chapterCode: 'VIP-2.3.2', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '客户关怀应当遵循的原则有(  )。',
    options: opts('适度,不过度打扰客户', '以推销产品为唯一目的', '只在客户要流失时才开展关怀', '个性化,并且真诚、及时'),
    answer: ['A', 'D'],
    explanation: '关怀贵在日常、适度、真诚和个性化;临时抱佛脚或借关怀之名推销,效果都不好。',
  },
  {
    chapterCode: 'VIP-2.3.2', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '下列属于服务提醒类客户关怀的有(  )。',
    options: opts('话费余额不足提醒', '群发与客户无关的广告', '合约到期提醒', '频繁推送抽奖链接'),
    answer: ['A', 'C'],
    explanation: '余额提醒、合约到期提醒、出境漫游提醒等帮助客户避免损失,属于服务提醒类关怀。',
  },
  {
    chapterCode: 'VIP-2.3.3', type: 'multiple', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '下列情形中,可以作为价值提升切入时机的有(  )。',
    options: opts('客户流量长期超出套餐', '客户新购了 5G 手机,但仍在使用 4G 套餐', '家庭新增成员需要办理手机', '客户刚投诉网络问题且尚未解决'),
    answer: ['A', 'B', 'C'],
    explanation: '用量变化、终端更新、家庭变化都是需求变化的时机;客户投诉未解决时应先解决问题,不宜营销。',
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '处理客户投诉时应当避免的说法有(  )。',
    options: opts('“这不可能,系统不会出错。”', '“这是规定,我也没办法。”', '“非常理解您的心情,我马上帮您核实。”', '“是您自己没看清楚。”'),
    answer: ['A', 'B', 'D'],
    explanation: '否定客户、推卸责任、指责客户的语言会激化矛盾;表达理解并承诺行动才是正确的沟通方式。',
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '客户投诉处理完毕后,还应做的工作有(  )。',
    options: opts('要求客户提供好评截图作为考核依据', '回访客户,确认问题已解决、客户是否满意', '记录处理过程和结果', '分析投诉原因,推动相关环节改进'),
    answer: ['B', 'C', 'D'],
    explanation: '回访、记录、分析改进构成投诉管理闭环;向客户索要好评不符合服务规范。',
  },
  {
    chapterCode: 'VIP-2.3.3', type: 'multiple', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '一位 VIP 客户的单卡套餐月费较高,家中还在使用其他运营商的宽带。客户经理可以采取的价值提升策略有(  )。',
    options: opts('了解客户宽带的使用需求和合约到期时间', '设计包含宽带的融合方案,并与客户现有支出测算对比', '夸大对方网络的问题,促使客户转网', '在对方宽带合约到期前提前沟通'),
    answer: ['A', 'B', 'D'],
    explanation: '基于需求和真实对比做融合推荐、把握合约到期时机是正当做法;诋毁竞争对手属于不正当竞争。',
  },

  // ── 判断 ──
  {
    chapterCode: 'VIP-2.3.1', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '维系一个老客户的成本,通常低于发展一个新客户的成本。',
    answer: true,
    explanation: '发展新客户需要大量营销和补贴投入,维系老客户成本更低、回报更稳定,因此存量经营非常重要。',
  },
  {
    chapterCode: 'VIP-2.3.1', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '客户只要没有销户,就不存在流失问题。',
    answer: false,
    explanation: '客户虽未销户,但把主要消费转移到其他运营商号码或长期沉默,属于价值流失(隐性流失),同样需要预警和维系。',
  },
  {
    chapterCode: 'VIP-2.3.2', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '客户关怀就是在节假日给客户群发祝福短信。',
    answer: false,
    explanation: '客户关怀包括服务提醒、生日和纪念日关怀、积分回馈、上门和电话问候、特殊情况关怀等,并应个性化。',
  },
  {
    chapterCode: 'VIP-2.3.2', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '客户明确表示不愿接收营销信息后,客户经理不应再向其发送商业性信息。',
    answer: true,
    explanation: '消费者明确拒绝的,经营者不得向其发送商业性信息,这是法律要求,也是尊重客户的体现。',
  },
  {
    chapterCode: 'VIP-2.3.3', type: 'judge', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '价值提升只能通过让客户多花钱来实现,为客户调整到更低档的套餐一定是维系工作的失败。',
    answer: false,
    explanation: '对套餐明显偏高、有流失风险的客户,适当调整使其物有所值,可以留住客户、延长在网时间,长期价值更高。',
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '有效处理客户投诉、让客户满意,能够提升客户的忠诚度。',
    answer: true,
    explanation: '投诉处理得当,客户会感受到被重视,往往比从未遇到问题的客户更信任企业。',
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '处理投诉时,如果责任不在本公司,可以直接告诉客户“与我们无关”并结束沟通。',
    answer: false,
    explanation: '即使责任不在本公司,也应耐心解释原因,尽力提供帮助或指引,不能简单推诿。',
  },
  {
    chapterCode: 'VIP-2.3.3', type: 'judge', difficulty: 2, requirement: 'familiar', usage: ['practice'],
    stem: '向客户推荐升级套餐时,应清楚说明新套餐的资费、生效时间以及原有优惠是否保留。',
    answer: true,
    explanation: '把变更的关键信息讲清楚,可以避免客户事后产生误解和投诉。',
  },

  // ── 简答 ──
  {
    chapterCode: 'VIP-2.3.1', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '简述客户流失预警的常见信号,以及收到预警后的维系步骤。',
    explanation: '先识别信号,再分析原因、制定方案、接触执行并跟踪结果。',
    rubric: [
      { criterion: '列出至少三个预警信号,如消费下降、异网通话增多、频繁投诉、咨询转网、合约到期', maxPoints: 4 },
      { criterion: '分析流失原因和客户价值', maxPoints: 2 },
      { criterion: '制定针对性方案并及时接触客户', maxPoints: 2 },
      { criterion: '跟踪结果,回填系统', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'short', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '简述处理客户投诉的一般步骤。',
    explanation: '先情绪后事情,核实后给方案,落实后要回访,最后总结改进。',
    rubric: [
      { criterion: '倾听、安抚并表达理解,必要时致歉', maxPoints: 3 },
      { criterion: '核实并确认问题', maxPoints: 2 },
      { criterion: '提出方案,征得客户同意后落实', maxPoints: 3 },
      { criterion: '跟踪回访,总结原因并推动改进', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-2.3.2', type: 'short', difficulty: 2, requirement: 'familiar', usage: ['practice'],
    stem: '简述客户关怀的主要方式(至少四种)和注意事项。',
    explanation: '关怀方式多样,关键是适度、个性化、尊重客户意愿。',
    rubric: [
      { criterion: '方式:节日生日关怀、服务提醒、积分回馈、电话或上门问候、特殊时点关怀等,每种 1.5 分', maxPoints: 6 },
      { criterion: '注意事项:适度不打扰、个性化、尊重客户的免打扰意愿', maxPoints: 4 },
    ],
  },

  // ── 案例分析 ──
  {
    chapterCode: 'VIP-2.3.1', type: 'case', difficulty: 5, requirement: 'master', usage: ['exam'],
    stem: '维系系统预警显示:VIP 客户赵女士网龄 8 年,月均消费较高,近三个月话费下降约 40%,与某竞争对手号码的通话次数明显增加;上月她还拨打客服咨询过合约到期时间。请分析赵女士可能的流失原因,并制定维系方案。',
    explanation: '多个信号叠加说明流失风险高,要尽快接触,先了解真实原因,再有针对性地制定方案。',
    rubric: [
      { criterion: '判断为高价值、高风险客户,并解读各项预警信号', maxPoints: 5 },
      { criterion: '提出可能原因:竞争对手优惠、合约到期、需求变化、服务或网络问题等', maxPoints: 4 },
      { criterion: '接触方式:优先电话或上门沟通,先了解需求,不急于推销', maxPoints: 4 },
      { criterion: '维系方案:续约优惠、融合方案、专属权益、解决存在的问题', maxPoints: 5 },
      { criterion: '跟踪结果并记录到系统', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-2.3.4', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '某 VIP 客户出差期间产生了高额国际漫游费用,回国后到营业厅投诉称“没人提醒过我”,要求全额减免,情绪激动,并表示要向工信部申诉。请说明你作为 VIP 客户经理的处理思路和步骤。',
    explanation: '处理高额费用投诉要在安抚情绪的基础上查清事实,依规提出方案,不随意承诺,也不阻拦客户行使申诉权利。',
    rubric: [
      { criterion: '安抚情绪,耐心倾听', maxPoints: 4 },
      { criterion: '核实事实:漫游使用记录、提醒短信是否下发、开通时是否告知资费', maxPoints: 5 },
      { criterion: '依规处理:在政策范围内提出方案,如申请部分减免、推荐漫游包,不随意承诺', maxPoints: 5 },
      { criterion: '尊重客户申诉权利,同时争取在企业层面妥善解决', maxPoints: 3 },
      { criterion: '回访并总结,推动完善提醒机制', maxPoints: 3 },
    ],
  },
  {
    chapterCode: 'VIP-2.3.3', type: 'case', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '客户经理小王本月要完成 30 户 VIP 客户的价值提升任务。他向名单上的所有客户推荐同一款高档套餐,只成功了 3 户,还收到 2 起“强行推销”的投诉。请分析原因并提出改进方法。',
    explanation: '价值提升要先分析客户、再匹配方案,推荐方式要尊重客户意愿。',
    rubric: [
      { criterion: '原因:未分析客户需求,推荐千篇一律', maxPoints: 5 },
      { criterion: '原因:推销方式不当,引发投诉', maxPoints: 5 },
      { criterion: '改进:利用数据对客户分群,按需匹配不同方案', maxPoints: 5 },
      { criterion: '改进:选择恰当时机和渠道,讲清资费,尊重客户选择', maxPoints: 5 },
    ],
  },
];
