import { DemoQuestion, opts } from './demo-question';

/** VIP客户服务经理 · 2.1 专业基本知识 (VIP-2.1.1 VIP客户分级与识别, VIP-2.1.2 维系系统使用, VIP-2.1.3 客户信息管理). */
export const VIP_PROFESSIONAL_BASICS_QUESTIONS: DemoQuestion[] = [
  // ── 填空 ──
  {
    chapterCode: 'VIP-2.1.1', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: 'ARPU 的中文含义是____,是衡量客户价值的常用指标。',
    answer: [['每用户平均收入', '每户平均收入', '用户平均收入', '每用户平均贡献']],
    explanation: 'ARPU(Average Revenue Per User)指一定时期内每个用户带来的平均收入,常按月统计。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '客户价值分布常符合“二八原则”,即大约____%的客户贡献了大约80%的收入。',
    answer: [['20', '二十']],
    explanation: '二八原则(帕累托原则)提示要识别并重点经营高价值客户,但不意味着放弃其他客户。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '客户关系生命周期一般可以划分为考察期、形成期、____期和退化期四个阶段。',
    answer: [['稳定', '成熟']],
    explanation: '稳定期(成熟期)客户贡献最大、关系最牢固;进入退化期要及时识别原因并开展维系。',
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'fill', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '客户信息的质量要求可以概括为准确、完整和____三个方面。',
    answer: [['及时', '时效', '及时性', '时效性']],
    explanation: '信息不准确会误导服务,不完整无法形成客户全貌,不及时则会错过服务和维系时机。',
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '维系任务从派发、执行到结果回填和效果评估,应形成管理____。',
    answer: [['闭环']],
    explanation: '闭环管理保证每个任务都有执行和反馈,系统据此评估维系效果、优化预警模型。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: 'RFM 模型中的 R、F、M 分别代表最近一次消费时间、消费____和消费金额。',
    answer: [['频率', '频次', '次数']],
    explanation: 'RFM 模型从最近一次消费(Recency)、消费频率(Frequency)、消费金额(Monetary)三方面衡量客户价值。',
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '查询客户信息应遵循“____授权”原则,员工只能在本岗位工作需要的范围内查询。',
    answer: [['最小', '最小必要']],
    explanation: '最小授权可以减少接触客户信息的人员和范围,从源头降低信息泄露风险。',
  },

  // ── 单选 ──
  {
    chapterCode: 'VIP-2.1.1', type: 'single', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '根据 VIP 客户服务经理的职业定义,其服务对象是(  )。',
    options: opts('所有新入网客户', 'VIP 客户(含中高端用户)', '欠费停机客户', '集团客户的信息化部门'),
    answer: 'B',
    explanation: '职业定义:运用维系系统,聚焦流失预警、客户关怀、价值提升等主题,向 VIP 客户(含中高端用户)提供差异化服务。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '对 VIP 客户实行分级服务的主要目的是(  )。',
    options: opts('减少客户经理的工作量', '提高所有客户的资费水平', '按客户价值配置服务资源,提供差异化服务,提升满意度和忠诚度', '让低级别客户得不到基础服务'),
    answer: 'C',
    explanation: '分级服务是把有限的服务资源按价值合理配置,而基础服务对所有客户都应一视同仁。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '下列指标中,最能反映客户在网稳定性的是(  )。',
    options: opts('在网时长(网龄)', '单次充值金额', '手机品牌', '开户营业厅'),
    answer: 'A',
    explanation: '网龄越长,客户对网络和服务的依赖越高,通常越稳定;网龄也是 VIP 评定的常用依据之一。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'single', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '某客户近一年月均消费较高、在网五年、无欠费记录,但尚未到 VIP 评定周期。对该客户较合适的定位是(  )。',
    options: opts('普通客户,无需特别关注', '高风险欠费客户', '潜在 VIP 客户,纳入重点培养和关注', '已流失客户'),
    answer: 'C',
    explanation: '价值高、稳定且信用好的客户是潜在 VIP,应提前识别、提前服务,待评定时顺利转为 VIP。',
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '维系系统中“客户360度视图”的主要作用是(  )。',
    options: opts('供客户自助缴费', '监听客户的通话内容', '监控网络设备运行状态', '集中展示客户基本资料、业务使用、消费和服务接触记录,便于精准服务'),
    answer: 'D',
    explanation: '客户视图把分散在各系统的客户信息集中展示,帮助客户经理全面了解客户,制定针对性的服务方案。',
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '客户经理完成一次外呼维系后,正确的做法是(  )。',
    options: opts('先不记录,月底统一补录', '及时回填接触结果、客户反馈和后续计划', '把客户资料导出到个人电脑保存', '请同事用自己的账号代为登记'),
    answer: 'B',
    explanation: '及时、真实地回填接触结果,是维系任务闭环和效果评估的基础。',
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '关于客户信息安全,下列做法正确的是(  )。',
    options: opts('用手机拍摄系统中的客户资料,便于外出查看', '应朋友请求查询其熟人的号码和通话记录', '仅因办理业务需要、在授权范围内查询客户信息', '离开座位时保持系统登录以便随时使用'),
    answer: 'C',
    explanation: '客户信息只能在授权范围内因工作需要查询使用,不得拍照、外传或为他人私查。',
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '客户档案管理中“一户一档”的含义是(  )。',
    options: opts('每个客户建立一份完整、唯一的档案,集中记录其资料和服务历史', '每户家庭只能办理一个号码', '每名客户经理只管理一户客户', '档案建立后不再更新'),
    answer: 'A',
    explanation: '一户一档避免信息分散和重复,便于任何接手的员工都能了解客户全貌。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: 'VIP 客户级别评定后,正确的管理方式是(  )。',
    options: opts('一经评定终身不变', '只升级、不降级', '由客户经理个人随意调整', '按规定周期复评,根据客户价值变化动态调整'),
    answer: 'D',
    explanation: '客户价值是变化的,定期复评、动态升降级,才能让服务资源始终与客户价值相匹配。',
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'single', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '维系系统推送给你的本月预警名单有 60 户,而你本周只能完成约 20 户的深度接触。最合理的安排是(  )。',
    options: opts(
      '按名单顺序逐个拨打,打到哪里算哪里',
      '按客户价值和流失风险排序,优先深度接触高价值、高风险客户,其余先用短信等低成本方式触达',
      '只联系自己熟悉的客户',
      '等下月名单更新后再处理',
    ),
    answer: 'B',
    explanation: '资源有限时按“价值×风险”确定优先级,分层施策,既保住关键客户又兼顾覆盖面。',
  },

  // ── 多选 ──
  {
    chapterCode: 'VIP-2.1.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '评定客户价值时常用的指标有(  )。',
    options: opts('月均消费(ARPU)', '在网时长', '信用及缴费记录', '客户的籍贯'),
    answer: ['A', 'B', 'C'],
    explanation: '消费贡献、网龄和信用是 VIP 评定的常用依据,籍贯与客户价值无关。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '为高价值客户提供的差异化服务可以包括(  )。',
    options: opts('拒绝为普通客户办理业务', '专属客户经理一对一服务', '故障优先受理、优先处理', '定制化的客户关怀活动'),
    answer: ['B', 'C', 'D'],
    explanation: '差异化服务是在基础服务之上为高价值客户增加服务内容,不能以降低或拒绝其他客户的服务为代价。',
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '维系系统通常具备的功能有(  )。',
    options: opts('预警名单生成与派发', '维系任务执行与结果回填', '调阅客户的通话录音内容', '直接修改客户的账单金额'),
    answer: ['A', 'B'],
    explanation: '维系系统用于预警、派单、执行反馈和效果分析;通信内容受法律保护,账务调整须走专门流程。',
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '使用维系系统时应遵守的规定有(  )。',
    options: opts('系统账号专人专用,不得转借', '按规定如实记录接触结果', '可以批量导出客户资料发给外部合作方', '离开时退出或锁定系统'),
    answer: ['A', 'B', 'D'],
    explanation: '账号专用、如实记录、离岗锁屏是系统使用的基本规定;向外部提供客户资料违反信息安全规定。',
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '客户档案中通常应记录的内容有(  )。',
    options: opts('客户的通话内容', '基本资料与联系方式', '业务使用与消费情况', '服务接触与投诉记录'),
    answer: ['B', 'C', 'D'],
    explanation: '客户档案记录资料、业务、消费和服务历史;通信内容受法律保护,不属于客户档案内容。',
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'multiple', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '下列行为中,违反客户信息安全管理规定的有(  )。',
    options: opts('把客户名单拷贝到个人 U 盘带回家', '在朋友圈晒出含客户号码的工单截图', '应他人请求查询与工作无关的客户资料', '因业务需要在系统内查询本人负责客户的资料'),
    answer: ['A', 'B', 'C'],
    explanation: '私自拷贝、公开发布、为他人私查都属于违规;在授权范围内因工作需要查询是正常使用。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '处于退化期的客户,常见的表现有(  )。',
    options: opts('消费额持续下降', '与客户经理互动减少,对营销活动反应冷淡', '主动咨询升级套餐', '开始比较其他运营商的资费'),
    answer: ['A', 'B', 'D'],
    explanation: '消费下降、互动减少、比较竞争对手都是关系退化的信号;主动咨询升级则是价值提升的机会。',
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'multiple', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '客户经理发现系统中某 VIP 客户登记的联系电话已停用,正确的做法有(  )。',
    options: opts('通过其他已登记的联系方式或上门核实', '核实后按规定流程更新档案', '随意填写一个号码,保证字段不为空', '在档案中备注核实时间和信息来源'),
    answer: ['A', 'B', 'D'],
    explanation: '客户信息必须真实准确,变更要核实并留痕;随意填写会造成信息失真,影响后续服务。',
  },

  // ── 判断 ──
  {
    chapterCode: 'VIP-2.1.1', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: 'VIP 客户级别一经评定便长期有效,不需要再调整。',
    answer: false,
    explanation: 'VIP 级别应按周期复评,根据客户价值的变化动态升降级。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '对 VIP 客户提供差异化服务,意味着可以降低普通客户的基础服务标准。',
    answer: false,
    explanation: '基础服务标准对所有客户一致,差异化体现在基础服务之上的增值服务。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '客户价值不仅包括当前的消费贡献,也包括成长潜力和口碑影响等长期价值。',
    answer: true,
    explanation: '评估客户应兼顾当前价值和潜在价值,有影响力的客户还能带来转介绍。',
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'judge', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '维系系统中的预警名单只是参考,客户经理接触客户后应把实际情况反馈到系统,帮助优化预警模型。',
    answer: true,
    explanation: '一线反馈能修正模型的误判,使后续预警更准确。',
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '为了提高工作效率,客户经理可以把自己的维系系统账号和密码告诉同事,请其代为操作。',
    answer: false,
    explanation: '系统账号专人专用,操作记录以账号为准;转借账号会造成责任不清和信息安全风险。',
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '客户信息只要在公司内部使用,就可以不受权限限制地查询。',
    answer: false,
    explanation: '公司内部同样实行分级授权,员工只能在岗位职责范围内、因工作需要查询客户信息。',
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '客户的基本资料发生变化时,应在核实后及时更新客户档案。',
    answer: true,
    explanation: '信息及时更新才能保证联系畅通和服务准确。',
  },
  {
    chapterCode: 'VIP-2.1.1', type: 'judge', difficulty: 3, requirement: 'master', usage: ['practice'],
    stem: '“二八原则”说明客户经理只需服务好贡献 80% 收入的那 20% 客户,其余客户可以放弃。',
    answer: false,
    explanation: '二八原则用于确定服务重点,而不是放弃其他客户;中低价值客户中也有成长为高价值客户的潜力。',
  },

  // ── 简答 ──
  {
    chapterCode: 'VIP-2.1.1', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '简述对 VIP 客户实行分级管理的意义,以及常用的分级依据。',
    explanation: '分级管理的核心是让服务资源与客户价值相匹配,并随价值变化动态调整。',
    rubric: [
      { criterion: '意义:合理配置有限的服务资源', maxPoints: 3 },
      { criterion: '意义:提供差异化服务,提升满意度与忠诚度', maxPoints: 2 },
      { criterion: '依据:消费贡献(ARPU)、在网时长、信用记录、业务数量或融合程度、成长潜力等', maxPoints: 4 },
      { criterion: '指出级别应定期复评、动态调整', maxPoints: 1 },
    ],
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'short', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '简述客户经理在日常工作中保护客户信息安全应做到的几个方面。',
    explanation: '从查询权限、存储传输、使用目的和工作环境几方面落实。',
    rubric: [
      { criterion: '权限:最小授权,只因工作需要查询', maxPoints: 3 },
      { criterion: '存储和传输:不私自导出、拷贝、拍照、外传', maxPoints: 3 },
      { criterion: '使用:不用于工作以外的目的,不向无关人员透露', maxPoints: 2 },
      { criterion: '环境:离岗锁屏,纸质资料妥善保管和销毁', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '简述一项维系任务从派发到闭环的主要环节。',
    explanation: '维系任务的闭环包括派发、分析、执行、回填和评估,缺一不可。',
    rubric: [
      { criterion: '预警名单或任务生成并派发到责任人', maxPoints: 2 },
      { criterion: '分析客户情况,制定针对性的维系策略', maxPoints: 3 },
      { criterion: '通过外呼、短信、上门等方式接触执行', maxPoints: 2 },
      { criterion: '如实回填结果,评估效果并复盘改进', maxPoints: 3 },
    ],
  },

  // ── 案例分析 ──
  {
    chapterCode: 'VIP-2.1.1', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '客户经理小刘负责 300 户 VIP 客户,他习惯“谁找我我就服务谁”,平均每月主动联系的客户不到 20 户。季度复评时,有 30 户客户因消费下降被降级,另有一批消费快速增长的新客户没有被及时识别。请分析小刘在客户分级与识别方面存在的问题,并提出改进措施。',
    explanation: '分级管理要求按级别主动服务、持续监测价值变化、提前识别潜力客户,而不是被动等待。',
    rubric: [
      { criterion: '问题:服务被动,未按客户级别主动接触', maxPoints: 4 },
      { criterion: '问题:未关注客户价值变化,错过维系时机', maxPoints: 4 },
      { criterion: '问题:缺少对潜在 VIP 客户的识别', maxPoints: 4 },
      { criterion: '改进:按级别制定接触计划和频次,重点客户重点经营', maxPoints: 4 },
      { criterion: '改进:利用系统数据定期分析,识别降级风险和潜力客户', maxPoints: 4 },
    ],
  },
  {
    chapterCode: 'VIP-2.1.3', type: 'case', difficulty: 5, requirement: 'master', usage: ['exam'],
    stem: '某客户经理为完成终端销售任务,把系统中 VIP 客户的姓名、号码和套餐信息导出成表格,发给一家合作手机卖场,请对方帮忙电话推销新机。不久,多名客户投诉接到骚扰电话,并质疑个人信息被泄露。请分析该行为的性质和后果,并说明正确的做法。',
    explanation: '未经客户同意向第三方提供个人信息,违反企业信息安全规定,也违反个人信息保护相关法律,情节严重的还可能构成犯罪。',
    rubric: [
      { criterion: '性质:违反信息安全制度,未经同意向他人提供个人信息,违法', maxPoints: 6 },
      { criterion: '后果:客户权益受损和投诉,企业声誉和法律风险,个人受到处分乃至被追究法律责任', maxPoints: 5 },
      { criterion: '正确做法:营销由本企业在客户同意的范围内开展;合作须依法合规并有授权和协议', maxPoints: 5 },
      { criterion: '补救:立即停止、上报、配合调查处置,向客户说明致歉', maxPoints: 4 },
    ],
  },
  {
    chapterCode: 'VIP-2.1.2', type: 'case', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '维系系统显示,客户经理小陈本月维系任务完成率 100%,但维系成功率只有 15%,远低于团队平均水平。抽查发现,他的大多数外呼只有几十秒,结果多填为“已联系”。请分析存在的问题,并提出改进建议。',
    explanation: '维系的目标是留住客户而不是完成任务数;记录失真还会误导系统评估和预警模型。',
    rubric: [
      { criterion: '问题:重数量、轻质量,接触流于形式', maxPoints: 5 },
      { criterion: '问题:记录不真实,造成系统数据失真', maxPoints: 5 },
      { criterion: '改进:接触前分析客户情况,准备针对性的方案和话术', maxPoints: 5 },
      { criterion: '改进:如实记录,定期复盘,向优秀同事学习', maxPoints: 5 },
    ],
  },
];
