import { DemoQuestion, opts } from './demo-question';

/**
 * 政企客户销售经理 · 营销技能篇: the eight selling steps of the training textbook
 * (GOV-M.1 事前准备 … GOV-M.8 销售总结).
 */
export const GOV_MARKETING_QUESTIONS: DemoQuestion[] = [
  // ── 填空 ──
  {
    chapterCode: 'GOV-M.1', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '销售包括事前准备、接近拜访、把握情况、说明产品、消除异议、达成交易、售后回访、____这八个主要关键环节。',
    answer: [['销售总结']],
    explanation: '培训教材把销售划分为八个关键环节,销售经理要熟练掌握和运用每个环节的关键技巧。',
  },
  {
    chapterCode: 'GOV-M.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '根据培训教材,事前准备的内容概括地讲可以分为时间、工具和____三个方面。',
    answer: [['销售进程', '销售过程']],
    explanation: '事前准备从时间上分长期和短期准备,从工具上分帮助销售和提高效率的工具准备,还包括销售进程的准备。',
  },
  {
    chapterCode: 'GOV-M.3', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: 'SPIN 提问法依次包括背景问题、难点问题、____问题和需求-效益问题。',
    answer: [['暗示', '影响', '内含']],
    explanation: '暗示(影响)问题帮助客户认识到难点会带来的后果,从而把隐性需求转化为明确需求。',
  },
  {
    chapterCode: 'GOV-M.4', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '介绍产品常用 FAB 法则,其中 F、A、B 分别代表特征、优势和____。',
    answer: [['利益', '好处', '客户利益']],
    explanation: 'FAB 要求把产品特征转化为优势,最终落到客户能得到的利益上。',
  },
  {
    chapterCode: 'GOV-M.6', type: 'fill', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '客户主动询问付款方式、开通时间等细节,往往是客户发出的____信号,销售人员应抓住时机促成交易。',
    answer: [['购买', '成交', '购买意向']],
    explanation: '购买信号包括语言信号和行为信号,及时识别才能把握成交时机。',
  },
  {
    chapterCode: 'GOV-M.1', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '根据培训教材,事前准备从时间上可以分为长期准备和____准备。',
    answer: [['短期']],
    explanation: '长期准备是广泛的知识积淀,短期准备是与具体销售业务相关的信息和资料收集。',
  },
  {
    chapterCode: 'GOV-M.5', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '处理客户异议可以按照“认同—____—回应—确认”的步骤进行,先弄清客户真正担心的是什么。',
    answer: [['澄清', '询问', '探询', '了解原因']],
    explanation: '客户说出的异议不一定是真实原因,先澄清再回应,才能对症下药。',
  },
  {
    chapterCode: 'GOV-M.8', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '销售总结时,常用销售____分析各阶段的商机数量和转化率,找出销售过程中的薄弱环节。',
    answer: [['漏斗']],
    explanation: '销售漏斗把商机按阶段排列,哪一阶段转化率低,就说明哪一环节需要改进。',
  },
  {
    chapterCode: 'GOV-M.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '初次见面时,人们在最初几分钟内形成的印象往往影响之后的交往,这被称为____效应。',
    answer: [['首因', '第一印象']],
    explanation: '首因效应提示接近拜访时要重视仪表、守时和开场白。',
  },

  // ── 单选 ──
  {
    chapterCode: 'GOV-M.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '根据培训教材,销售人员要发掘潜在客户,首先应(  )。',
    options: opts('了解自己管区内的区域特性,判断区域群体的基本特征', '不加选择地逐栋扫楼', '只等客户上门', '先宣布降价'),
    answer: 'A',
    explanation: '根据区域特性判断群体的收入水平、文化水平、消费习惯等,可以减少发掘潜在客户的盲目性,提高效率。',
  },
  {
    chapterCode: 'GOV-M.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '锁定潜在客户后,事前短期准备中最重要的工作是(  )。',
    options: opts('购买贵重礼品', '建立详尽的客户资料档案', '打听客户负责人的私生活', '先把合同发给客户'),
    answer: 'B',
    explanation: '培训教材指出:锁定潜在客户后,应建立客户详尽的资料档案,为销售做准备。',
  },
  {
    chapterCode: 'GOV-M.2', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '电话预约拜访政企客户时,主要目的应是(  )。',
    options: opts('在电话里把所有产品讲完', '在电话里直接签单', '争取一次见面的机会并约定时间', '询问客户的预算底线'),
    answer: 'C',
    explanation: '预约电话要简短,重点是引起兴趣、约定见面,深入交流留到拜访时进行。',
  },
  {
    chapterCode: 'GOV-M.2', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '客户经理初次拜访时说:“王总,我们刚帮同一园区的一家企业把专线故障率降低了一半,想花十分钟和您交流一下。”这种接近方法属于(  )。',
    options: opts('利益接近法', '赞美接近法', '馈赠接近法', '求教接近法'),
    answer: 'A',
    explanation: '利益接近法一开口就点明能给客户带来的好处,容易引起客户兴趣。',
  },
  {
    chapterCode: 'GOV-M.3', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '下列提问中,属于开放式提问的是(  )。',
    options: opts('“您现在用的是专线吗?”', '“您下周二有空吗?”', '“贵公司有 50 人吗?”', '“您对目前的网络有哪些不满意的地方?”'),
    answer: 'D',
    explanation: '开放式提问让客户自由表达,适合了解情况和需求;封闭式提问用于确认事实。',
  },
  {
    chapterCode: 'GOV-M.3', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '在政企客户的采购过程中,对采购方案有最终拍板权的角色是(  )。',
    options: opts('使用者', '影响者', '把关者(守门人)', '决策者'),
    answer: 'D',
    explanation: '决策者拍板,影响者提供意见,使用者关注使用体验,把关者控制信息和接触渠道,各角色都要照顾到。',
  },
  {
    chapterCode: 'GOV-M.4', type: 'single', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '向一家设计公司介绍云备份产品时,下列说法中最符合 FAB 法则中“利益”的是(  )。',
    options: opts('“我们的云备份支持多副本存储。”', '“数据会同时保存在多个不同的位置。”', '“即使办公室的服务器损坏,您的设计文件也不会丢,第二天业务照常运转。”', '“这个产品已经上线很多年了。”'),
    answer: 'C',
    explanation: '多副本是特征,多位置保存是优势,“文件不丢、业务不停”才是客户能感受到的利益。',
  },
  {
    chapterCode: 'GOV-M.5', type: 'single', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '客户说:“你们的价格比别家贵。”下列回应中最恰当的是(  )。',
    options: opts(
      '“一分钱一分货,嫌贵就别买了。”',
      '“是的,价格确实需要考虑。我们把服务保障、故障恢复时间和总使用成本一起比较一下,好吗?”',
      '“那我给您再降一半。”',
      '“别家的网络很差。”',
    ),
    answer: 'B',
    explanation: '先认同客户的关注,再引导客户从价值和总成本角度比较;顶撞、贬低对手或随意降价都不可取。',
  },
  {
    chapterCode: 'GOV-M.6', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '客户已认可方案,但迟迟不表态。客户经理问:“您看是下周一开通还是下周三开通比较方便?”这属于(  )。',
    options: opts('选择成交法', '从众成交法', '保证成交法', '直接否定法'),
    answer: 'A',
    explanation: '选择成交法给客户提供两个都意味着成交的选项,降低客户的决策压力。',
  },
  {
    chapterCode: 'GOV-M.7', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '专线开通后进行售后回访,最主要的目的之一是(  )。',
    options: opts('了解使用情况和满意度,及时解决问题并发现新需求', '催促客户续费', '推卸故障责任', '完成回访数量指标'),
    answer: 'A',
    explanation: '售后回访巩固客户关系,及时发现问题,也是获得新需求和转介绍的重要机会。',
  },
  {
    chapterCode: 'GOV-M.8', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '销售总结中,对没有成交的项目,最有价值的做法是(  )。',
    options: opts('归咎于客户没有眼光', '分析失败原因,总结经验,更新客户档案,寻找后续机会', '删除客户资料', '从此不再联系该客户'),
    answer: 'B',
    explanation: '失败项目同样有价值:找出原因可以改进方法,保持联系可能带来下一次机会。',
  },
  {
    chapterCode: 'GOV-M.6', type: 'single', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '与客户签订合同时,客户经理应当(  )。',
    options: opts('只给客户看优惠部分', '让客户先签空白合同', '代替客户签字', '逐项确认资费、服务内容、期限和违约责任等关键条款'),
    answer: 'D',
    explanation: '签约时把关键条款讲清、核对清楚,是合规要求,也能避免日后纠纷。',
  },
  {
    chapterCode: 'GOV-M.5', type: 'single', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '客户表示:“这事我得再考虑考虑。”客户经理最合适的做法是(  )。',
    options: opts('立刻离开,不再联系', '追问客户“到底买不买”', '礼貌询问客户还有哪些顾虑,针对性回应,并约定下一步沟通时间', '马上大幅降价'),
    answer: 'C',
    explanation: '“再考虑”背后往往有未说出的顾虑,要耐心探询并推进下一步,而不是放弃或施压。',
  },

  // ── 多选 ──
  {
    chapterCode: 'GOV-M.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '根据培训教材,拜访客户前可以对照自查的问题有(  )。',
    options: opts('这次拜访的目标是什么、开场白是什么', '你会问什么问题', '相关合约是否准备', '客户负责人家里有几套房'),
    answer: ['A', 'B', 'C'],
    explanation: '教材列出的自查问题包括客户类型、适用服务、可能的接待、拜访目标和开场白、要问的问题、合约、资料礼品、见到决策人怎么做、下一步计划等。',
  },
  {
    chapterCode: 'GOV-M.1', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '根据培训教材,销售人员的长期准备包括(  )。',
    options: opts('临时背诵本次拜访的话术', '积累与行业、产品、销售技术有关的知识和信息', '培养广泛的兴趣', '培养良好的沟通技巧'),
    answer: ['B', 'C', 'D'],
    explanation: '长期准备是在生活和工作中通过观察、总结、学习、咨询积累知识,培养兴趣和沟通技巧;临时背话术属于短期准备。',
  },
  {
    chapterCode: 'GOV-M.2', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '初次拜访政企客户时,开场白应当(  )。',
    options: opts('简洁地说明来意', '说明能为客户带来的价值', '一开口就长篇介绍公司的发展历史', '引起客户的兴趣'),
    answer: ['A', 'B', 'D'],
    explanation: '好的开场白简短、有价值、能引起兴趣;长篇自我介绍容易让客户失去耐心。',
  },
  {
    chapterCode: 'GOV-M.3', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '有效倾听的做法有(  )。',
    options: opts('专注,不随意打断', '边听边想着如何反驳', '适时回应并做好记录', '复述确认客户的意思'),
    answer: ['A', 'C', 'D'],
    explanation: '倾听的目的是理解客户,而不是寻找反驳的机会。',
  },
  {
    chapterCode: 'GOV-M.3', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '政企客户采购决策链中通常涉及的角色有(  )。',
    options: opts('竞争对手的销售人员', '决策者', '使用者', '影响者(如技术评估人员)'),
    answer: ['B', 'C', 'D'],
    explanation: '把握情况时要弄清客户内部的决策者、影响者、使用者和把关者,分别了解其关注点。',
  },
  {
    chapterCode: 'GOV-M.5', type: 'multiple', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '处理客户异议时应当遵循的原则有(  )。',
    options: opts('尊重客户,不与客户争辩', '对所有异议都立即降价', '用事实、数据和案例回应', '认为客户有异议就是不想买,直接放弃'),
    answer: ['A', 'C'],
    explanation: '异议是正常的沟通过程,要尊重客户、以事实回应;一味降价或轻易放弃都不可取。',
  },
  {
    chapterCode: 'GOV-M.6', type: 'multiple', difficulty: 3, requirement: 'master', usage: ['exam', 'practice'],
    stem: '常见的客户购买信号有(  )。',
    options: opts('询问价格细节和付款方式', '询问安装开通时间', '要求再看一遍合同条款', '频繁看表、心不在焉'),
    answer: ['A', 'B', 'C'],
    explanation: '关注价格细节、开通时间和合同条款,说明客户在考虑购买后的安排;心不在焉通常是缺乏兴趣的表现。',
  },
  {
    chapterCode: 'GOV-M.7', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '售后回访的内容通常包括(  )。',
    options: opts('请客户给竞争对手差评', '了解产品使用情况', '了解客户满意度和意见', '发现新需求、争取转介绍'),
    answer: ['B', 'C', 'D'],
    explanation: '回访围绕使用、满意度和新需求展开;诋毁竞争对手不是正当的经营行为。',
  },
  {
    chapterCode: 'GOV-M.4', type: 'multiple', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '向某物流企业老板介绍车辆定位与物联网管理方案时,恰当的做法有(  )。',
    options: opts('用客户关心的指标(油耗、空驶率、货损)说明效益', '展示同行业客户的应用案例', '大量使用技术术语以显示专业', '根据客户车队规模测算投入和回报'),
    answer: ['A', 'B', 'D'],
    explanation: '说明产品要用客户的语言讲效益,用案例和测算增强说服力;堆砌术语反而增加理解障碍。',
  },
  {
    chapterCode: 'GOV-M.8', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['practice'],
    stem: '销售总结的内容通常包括(  )。',
    options: opts('隐瞒未完成的指标', '复盘成功和失败的原因', '更新客户档案和商机信息', '制定下一步行动计划'),
    answer: ['B', 'C', 'D'],
    explanation: '销售总结是销售循环的最后一环,也是下一轮事前准备的开始。',
  },

  // ── 判断 ──
  {
    chapterCode: 'GOV-M.1', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '事前准备是销售的第一个步骤,准备是否充分直接影响销售能否成功。',
    answer: true,
    explanation: '培训教材把事前准备比作体育比赛的赛前准备,是通往成功必不可少的步骤。',
  },
  {
    chapterCode: 'GOV-M.1', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '根据培训教材,无论何时何地都不要忘了掌握竞争对手的动态,以便制定相应的销售对策。',
    answer: true,
    explanation: '了解竞争对手的产品、价格和动向,是制定销售策略的重要依据。',
  },
  {
    chapterCode: 'GOV-M.2', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '为了尽快成交,初次拜访时应该一见面就拿出合同请客户签字。',
    answer: false,
    explanation: '初次拜访的重点是建立信任、了解情况,急于求成会引起客户反感。',
  },
  {
    chapterCode: 'GOV-M.3', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '客户明确说出的需求就是其全部需求,销售人员无需进一步挖掘。',
    answer: false,
    explanation: '客户还有许多隐性需求,需要通过提问和倾听挖掘,并帮助客户认识到这些需求。',
  },
  {
    chapterCode: 'GOV-M.4', type: 'judge', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '说明产品时讲得越多、技术参数越全,客户就越容易被说服。',
    answer: false,
    explanation: '应围绕客户需求有重点地介绍,把特征转化为客户利益;信息过多会冲淡重点。',
  },
  {
    chapterCode: 'GOV-M.5', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '客户提出异议,往往说明客户在认真考虑购买,异议也可能是成交的机会。',
    answer: true,
    explanation: '“嫌货才是买货人”,妥善处理异议可以消除客户顾虑、推进成交。',
  },
  {
    chapterCode: 'GOV-M.6', type: 'judge', difficulty: 3, requirement: 'master', usage: ['exam', 'practice'],
    stem: '客户已经表示同意签约后,销售人员应继续长时间介绍其他产品,以免冷场。',
    answer: false,
    explanation: '客户同意后应尽快办理签约手续、感谢客户并安排交付;此时节外生枝,可能让客户重新犹豫。',
  },
  {
    chapterCode: 'GOV-M.7', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '售后回访应在开通交付后及时开展并定期进行,而不是等到客户投诉时才进行。',
    answer: true,
    explanation: '主动回访能及早发现问题、巩固关系;等客户投诉再联系,往往已经影响了客户感知。',
  },
  {
    chapterCode: 'GOV-M.8', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '销售总结只需要总结成功的经验,失败的项目不值得分析。',
    answer: false,
    explanation: '失败项目往往暴露出销售过程中的薄弱环节,更值得认真复盘。',
  },
  {
    chapterCode: 'GOV-M.6', type: 'judge', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '用“今天不签、明天就涨价”这类虚构的紧迫理由催促客户成交,是可取的成交技巧。',
    answer: false,
    explanation: '虚构理由误导客户违反诚信原则,可能构成虚假宣传,一旦被识破会失去客户信任。',
  },

  // ── 简答 ──
  {
    chapterCode: 'GOV-M.1', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '根据培训教材,列出销售经理拜访客户前应当自查的主要问题(至少五项)。',
    explanation: '教材给出了九个自查问题,覆盖客户判断、拜访目标、准备材料和后续安排。',
    rubric: [
      { criterion: '这是什么样的客户,可能适用什么类型的电信服务', maxPoints: 2 },
      { criterion: '可能会遇到什么样的接待', maxPoints: 2 },
      { criterion: '这次拜访的目标和开场白', maxPoints: 2 },
      { criterion: '要问的问题,合约、宣传资料或小礼品的准备', maxPoints: 2 },
      { criterion: '见到决策人员时做什么、说什么,拜访后下一步做什么', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'GOV-M.5', type: 'short', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '简述处理客户异议的基本步骤和常用方法。',
    explanation: '步骤上先认同、再澄清、后回应并确认;方法上根据异议类型灵活选用。',
    rubric: [
      { criterion: '倾听并认同客户的感受', maxPoints: 2 },
      { criterion: '澄清异议背后的真实原因', maxPoints: 2 },
      { criterion: '针对性回应,提供事实、数据或方案', maxPoints: 2 },
      { criterion: '确认异议是否已经消除', maxPoints: 1 },
      { criterion: '常用方法:补偿法、转化法、举证(案例)法、询问法等', maxPoints: 3 },
    ],
  },
  {
    chapterCode: 'GOV-M.7', type: 'short', difficulty: 2, requirement: 'familiar', usage: ['practice'],
    stem: '简述售后回访的时机和主要内容。',
    explanation: '回访要及时、定期,内容围绕使用、满意、问题和新需求。',
    rubric: [
      { criterion: '时机:开通交付后及时回访,之后定期回访,重要节点(如故障后、合同到期前)回访', maxPoints: 4 },
      { criterion: '内容:使用情况和满意度', maxPoints: 2 },
      { criterion: '内容:发现并跟进解决问题', maxPoints: 2 },
      { criterion: '内容:挖掘新需求,争取转介绍', maxPoints: 2 },
    ],
  },

  // ── 案例分析 ──
  {
    chapterCode: 'GOV-M.3', type: 'case', difficulty: 5, requirement: 'master', usage: ['exam'],
    stem: '客户经理小周拜访一家中型制造企业的行政主管,对方说:“我们网络挺好的,暂时不需要什么。”小周从侧面了解到,该企业近期准备扩建厂房,并要上线新的生产管理系统,而 IT 工作一直由行政部兼管。请运用“把握情况”的方法,设计小周下一步挖掘需求和推进客户关系的思路。',
    explanation: '客户的“不需要”往往是还没意识到需求;要借扩建和新系统挖掘隐性需求,并理清决策链。',
    rubric: [
      { criterion: '识别隐性需求:扩建带来的网络覆盖、新系统带来的带宽、上云和安全需求', maxPoints: 4 },
      { criterion: '设计提问:背景、难点、暗示、需求-效益问题各有示例', maxPoints: 6 },
      { criterion: '分析决策链:行政主管是把关者或影响者,还需接触决策者和使用部门', maxPoints: 5 },
      { criterion: '推进:以价值切入,邀请方案交流或参观案例,约定下一步', maxPoints: 5 },
    ],
  },
  {
    chapterCode: 'GOV-M.5', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '在一次专线项目洽谈中,客户提出三个异议:“你们比另一家运营商贵 15%”;“上次你们的故障修了两天”;“我们现在的合同还有半年才到期”。请分析这三个异议的类型,并分别提出应对策略。',
    explanation: '分别是价格异议、服务异议和时机异议,应对时先认同、再澄清、后回应。',
    rubric: [
      { criterion: '价格异议:从服务保障、总使用成本等角度比较价值,必要时调整方案配置', maxPoints: 6 },
      { criterion: '服务异议:坦诚承认并致歉,说明改进措施和服务等级协议保障', maxPoints: 6 },
      { criterion: '时机异议:提前规划、到期无缝衔接,可先试用或分阶段实施', maxPoints: 5 },
      { criterion: '态度:尊重客户、不争辩、不贬低竞争对手', maxPoints: 3 },
    ],
  },
  {
    chapterCode: 'GOV-M.6', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '某企业客户对你提出的“专线+云”方案表示满意,但负责人说:“方案不错,不过领导还要再比较一下。”你注意到,对方此前已多次询问开通周期和付款方式。请分析客户目前所处的状态,设计促成交易的策略,并说明签约环节的注意事项。',
    explanation: '购买信号明显,但决策权在上级且存在比较顾虑;要争取接触决策者,用合规的方法促成,签约时把条款讲清。',
    rubric: [
      { criterion: '判断:购买信号明显,但决策权在上级,存在比较和顾虑', maxPoints: 5 },
      { criterion: '策略:了解比较点,争取向决策者汇报,总结利益,运用选择成交、假定成交等方法,不虚构理由施压', maxPoints: 7 },
      { criterion: '签约注意:核对资费、服务等级协议、期限和违约责任等条款,合法合规', maxPoints: 5 },
      { criterion: '成交后表示感谢,及时安排交付并告知后续服务', maxPoints: 3 },
    ],
  },
  {
    chapterCode: 'GOV-M.8', type: 'case', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '客户经理小林本季度跟进了 12 个商机,只签约 2 个,其中 6 个商机停留在“方案交流”阶段后就没有进展。请帮助小林做一次销售总结:分析问题,并提出改进计划。',
    explanation: '用销售漏斗找出卡点,再从需求把握、决策链、方案价值和跟进节奏几方面找原因。',
    rubric: [
      { criterion: '漏斗分析:找出转化率最低的阶段(方案交流之后)', maxPoints: 5 },
      { criterion: '原因分析:需求把握不准、未接触决策者、方案价值不清、跟进不及时等', maxPoints: 6 },
      { criterion: '改进计划:针对原因提出具体措施和时间安排', maxPoints: 6 },
      { criterion: '更新客户档案和商机信息,建立定期复盘机制', maxPoints: 3 },
    ],
  },
];
