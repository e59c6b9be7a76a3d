import { DemoQuestion, opts } from './demo-question';

/** 政企客户销售经理 · 企业篇 (GOV-E.1 企业文化及战略, GOV-E.2 品牌体系). Brand names are those of the syllabus era and are asked as such. */
export const GOV_ENTERPRISE_QUESTIONS: DemoQuestion[] = [
  // ── 填空 ──
  {
    chapterCode: 'GOV-E.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '在政企客户销售经理四级认证样卷中,中国电信的企业使命表述为“让客户尽情享受信息____”。',
    answer: [['新生活']],
    explanation: '样卷填空题:中国电信企业使命是让客户尽情享受信息新生活。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '中国电信推进企业战略转型,是由传统的基础网络运营商向____转型。',
    answer: [['综合信息服务提供商', '综合信息服务商']],
    explanation: '战略转型的核心是从以语音和网络为主的经营,转向为客户提供综合信息服务。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '中国电信的服务理念是“用户至上,____”。',
    answer: [['用心服务']],
    explanation: '“用户至上,用心服务”要求以客户为中心,用真诚和专业为客户服务。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '培训大纲中的品牌体系由企业品牌、____品牌和业务品牌三个层次构成。',
    answer: [['客户']],
    explanation: '企业品牌统领全局,客户品牌面向细分客户群,业务品牌对应具体的产品和业务。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '企业文化通常可以分为精神(理念)层、____层、行为层和物质层四个层次。',
    answer: [['制度']],
    explanation: '理念是核心,制度把理念转化为规范,行为是理念和制度的体现,物质层是外在表现(标识、环境等)。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '品牌____是用简短、易记的语言传达品牌内涵的宣传语。',
    answer: [['口号', '标语', '广告语', '宣传口号']],
    explanation: '品牌口号是品牌内涵的凝练表达,培训大纲要求了解客户品牌和业务品牌的品牌口号。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '企业文化的核心是企业的____,它决定了员工的行为取向和判断标准。',
    answer: [['价值观', '核心价值观']],
    explanation: '核心价值观回答“什么是对的、什么是重要的”,是企业文化理念体系的核心。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'fill', difficulty: 3, requirement: 'understand', usage: ['practice'],
    stem: '在培训大纲所述时期的中国电信客户品牌中,面向政企(商务)客户的品牌是“____”。',
    answer: [['商务领航']],
    explanation: '当时的客户品牌包括面向家庭的“我的e家”和面向政企客户的“商务领航”等;品牌会随企业战略调整,学习时重在理解品牌体系的逻辑。',
  },

  // ── 单选 ──
  {
    chapterCode: 'GOV-E.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '企业使命主要回答的问题是(  )。',
    options: opts('企业为什么存在、为谁创造什么价值', '企业今年的利润目标', '员工的考勤制度', '办公场所的装修标准'),
    answer: 'A',
    explanation: '使命说明企业存在的根本目的和社会责任,是企业文化理念体系的出发点。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '企业愿景是指(  )。',
    options: opts('企业的日常操作规程', '企业的组织结构图', '企业期望在未来成为什么样的企业的蓝图', '企业的年度财务报表'),
    answer: 'C',
    explanation: '愿景描绘企业期望达到的未来状态,对员工具有激励和导向作用。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '对“用户至上,用心服务”服务理念的理解,最恰当的是(  )。',
    options: opts('客户提出的要求无论是否合规都要满足', '只为高价值客户提供服务', '以客户为中心,用真诚和专业为客户提供服务', '服务好坏主要看话术是否标准'),
    answer: 'C',
    explanation: '用户至上不是无原则迁就,而是在合规前提下以客户需求为中心,真诚、专业地解决客户问题。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'single', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '在企业战略转型中,政企客户经理工作方式最应发生的转变是(  )。',
    options: opts('只销售固定电话和宽带', '从销售单一通信产品,转向为客户提供综合信息化解决方案', '放弃大客户市场,专注个人客户', '减少拜访,主要等客户上门'),
    answer: 'B',
    explanation: '转型要求客户经理成为客户的信息化顾问,围绕客户的业务需求提供“网络+云+应用”的整体方案。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'single', difficulty: 4, requirement: 'familiar', usage: ['exam'],
    stem: '关于企业品牌、客户品牌与业务品牌的关系,下列说法正确的是(  )。',
    options: opts(
      '三者互不相关',
      '业务品牌统领企业品牌',
      '客户品牌就是企业名称',
      '企业品牌统领客户品牌和业务品牌;客户品牌面向细分客户群,业务品牌对应具体产品或业务',
    ),
    answer: 'D',
    explanation: '品牌体系是分层的:企业品牌提供信誉背书,客户品牌按客户群组织价值,业务品牌落实到具体产品。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '在培训大纲所述时期的中国电信品牌体系中,“我的e家”是面向(  )的客户品牌。',
    options: opts('家庭客户', '政企客户', '青少年客户', '境外客户'),
    answer: 'A',
    explanation: '“我的e家”面向家庭客户,以宽带、固话等组合满足家庭信息需求;“商务领航”面向政企客户。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'single', difficulty: 3, requirement: 'understand', usage: ['exam'],
    stem: '在培训大纲所述时期的中国电信品牌体系中,“号码百事通”主要依托(  )提供综合信息服务。',
    options: opts('卫星电视', '114 查号等信息服务平台', '快递网络', '银行网点'),
    answer: 'B',
    explanation: '号码百事通以 114 查号为基础,延伸出信息查询、商户推荐等综合信息服务,是样卷中出现的业务品牌之一。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '国有通信企业承担电信普遍服务责任的体现是(  )。',
    options: opts('只在城市建设网络', '提高农村地区资费', '推进偏远农村地区的通信和宽带覆盖', '只服务大客户'),
    answer: 'C',
    explanation: '电信普遍服务是让偏远和农村地区的群众也能获得基本的通信服务,体现了国有企业的社会责任。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'single', difficulty: 3, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '品牌定位主要解决的问题是(  )。',
    options: opts('品牌在目标客户心中占据什么位置、与竞争品牌有何区别', '品牌标志用什么颜色', '广告在什么时段播放', '营业厅开在哪里'),
    answer: 'A',
    explanation: '定位明确“为谁、提供什么独特价值”,是品牌内涵、口号和推广的基础。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '在企业文化建设中,制度文化的主要作用是(  )。',
    options: opts('决定企业的产品价格', '替代企业战略', '与员工没有关系', '规范和约束员工行为,使文化理念落到实处'),
    answer: 'D',
    explanation: '制度文化把理念转化为规章和流程,使理念可执行、可检查。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'single', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '一位政企客户经理在对外交流材料中使用了自己设计的、与公司标准不一致的产品标志和宣传语。对此最恰当的评价是(  )。',
    options: opts('很有创意,值得推广', '违反品牌视觉识别规范,削弱品牌一致性,应使用统一标准的品牌元素', '只要客户喜欢就可以', '品牌与一线销售无关'),
    answer: 'B',
    explanation: '品牌形象需要长期一致的传播,一线随意改动标识和口号会稀释品牌认知,也可能带来不实承诺。',
  },

  // ── 多选 ──
  {
    chapterCode: 'GOV-E.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '企业文化的理念体系通常包括(  )。',
    options: opts('企业使命', '企业愿景', '核心价值观', '月度值班表'),
    answer: ['A', 'B', 'C'],
    explanation: '理念体系一般包括使命、愿景、核心价值观、企业精神、经营理念、服务理念等。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '企业战略转型的主要内涵包括(  )。',
    options: opts('从服务全体客户转向只服务高端客户', '从以语音业务为主转向以综合信息服务为主', '从以网络建设为中心转向以客户为中心', '从单一业务经营转向融合业务经营'),
    answer: ['B', 'C', 'D'],
    explanation: '转型体现在业务结构、经营重心和产品形态的变化,目标是成为综合信息服务提供商。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'multiple', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '政企客户经理在工作中践行企业文化的具体表现有(  )。',
    options: opts('诚信经营、合规销售', '以客户为中心,帮助客户解决问题', '为完成指标向客户隐瞒资费条件', '主动学习新业务、新技术'),
    answer: ['A', 'B', 'D'],
    explanation: '企业文化要落实在每一次销售和服务中;隐瞒资费条件违背诚信,也会损害客户关系和企业品牌。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '培训大纲要求了解的客户品牌基本要素有(  )。',
    options: opts('目标客户群', '竞争对手的员工名单', '品牌内涵', '品牌口号'),
    answer: ['A', 'C', 'D'],
    explanation: '大纲要求了解客户品牌和重点业务品牌的目标客户群、品牌内涵、品牌口号以及用于填充价值的主要产品。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '维护企业品牌形象,一线员工应当做到(  )。',
    options: opts('在社交媒体发布未经核实的负面言论', '统一规范使用品牌标识和宣传用语', '服务行为符合规范', '信守对客户的承诺'),
    answer: ['B', 'C', 'D'],
    explanation: '员工是品牌的直接传播者,规范的形象、行为和守信,构成客户对品牌的真实体验。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'multiple', difficulty: 4, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '在培训大纲所述时期,下列属于中国电信客户品牌的有(  )。',
    options: opts('我的e家', '商务领航', '号码百事通', '互联星空'),
    answer: ['A', 'B'],
    explanation: '“我的e家”(家庭)和“商务领航”(政企)是客户品牌;“号码百事通”“互联星空”是业务品牌。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '中国电信近年推进“云改数转”等战略,其着力点包括(  )。',
    options: opts('推进云网融合', '推进数字化转型', '只经营传统固定电话业务', '为各行各业提供数字化服务'),
    answer: ['A', 'B', 'D'],
    explanation: '“云改数转”强调以云网融合为基础推进企业自身和客户的数字化转型。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'multiple', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '面向中小企业推广一个业务品牌时,客户经理恰当的做法有(  )。',
    options: opts('用客户听得懂的语言讲清该业务对其经营的价值', '结合同行业客户的成功案例说明', '随意承诺品牌宣传中没有的服务', '使用公司统一的宣传资料'),
    answer: ['A', 'B', 'D'],
    explanation: '品牌推广要讲价值、讲案例、讲统一口径;超出范围的承诺会带来纠纷,损害品牌信誉。',
  },

  // ── 判断 ──
  {
    chapterCode: 'GOV-E.1', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '企业文化只是挂在墙上的标语,与员工的日常工作无关。',
    answer: false,
    explanation: '企业文化通过制度和行为体现在日常工作中,影响员工的每一个服务和销售行为。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'judge', difficulty: 2, requirement: 'master', usage: ['exam'],
    stem: '企业战略转型要求政企客户经理从单纯销售通信产品,转向帮助客户解决信息化问题。',
    answer: true,
    explanation: '转型后客户经理的价值在于理解客户业务、提供整体解决方案。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '“云改数转”中的“数转”是指推进数字化转型。',
    answer: true,
    explanation: '“云改”指以云为核心推进网络和业务改造,“数转”指数字化转型。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '企业品牌、客户品牌和业务品牌各自独立,不需要保持统一的形象和风格。',
    answer: false,
    explanation: '各层级品牌在企业品牌统领下运作,需要保持形象和价值主张的一致性。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '品牌内涵是品牌所代表的价值和承诺,客户对品牌的认知很大程度上来自与员工接触的每一次服务体验。',
    answer: true,
    explanation: '广告塑造品牌印象,服务体验决定品牌口碑,一线员工是品牌承诺的兑现者。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'judge', difficulty: 4, requirement: 'understand', usage: ['exam'],
    stem: '在培训大纲所述时期的中国电信品牌体系中,“互联星空”是面向家庭客户的客户品牌。',
    answer: false,
    explanation: '“互联星空”是互联网应用类的业务品牌;面向家庭客户的客户品牌是“我的e家”。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '企业愿景描述的是企业期望达到的未来状态,对员工具有激励和导向作用。',
    answer: true,
    explanation: '愿景回答“我们要成为什么”,使员工明确共同的奋斗方向。',
  },
  {
    chapterCode: 'GOV-E.1', type: 'judge', difficulty: 2, requirement: 'familiar', usage: ['practice'],
    stem: '践行诚信经营的企业文化,意味着客户经理在营销中必须如实告知客户资费和限制条件。',
    answer: true,
    explanation: '如实告知是诚信经营的基本要求,也是消费者知情权的法定要求。',
  },
  {
    chapterCode: 'GOV-E.2', type: 'judge', difficulty: 3, requirement: 'master', usage: ['practice'],
    stem: '客户经理为了吸引客户,在自制宣传单上改动公司品牌标志的颜色和比例,这有利于品牌传播。',
    answer: false,
    explanation: '品牌标识必须按视觉识别规范使用,随意改动会破坏品牌的一致性和辨识度。',
  },

  // ── 简答 ──
  {
    chapterCode: 'GOV-E.1', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '简述企业战略转型的主要内涵,以及政企客户经理应如何适应转型。',
    explanation: '转型的方向是综合信息服务提供商;客户经理要从产品销售员转变为客户的信息化顾问。',
    rubric: [
      { criterion: '业务:从以语音为主转向综合信息服务', maxPoints: 2 },
      { criterion: '经营:从以网络为中心转向以客户为中心', maxPoints: 2 },
      { criterion: '产品:融合业务、云网融合和信息化解决方案', maxPoints: 2 },
      { criterion: '适应:学习 ICT 知识,开展顾问式销售,加强与产品和技术团队的协同', maxPoints: 4 },
    ],
  },
  {
    chapterCode: 'GOV-E.2', type: 'short', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '简述企业品牌、客户品牌和业务品牌之间的关系,并说明客户经理在营销中如何运用品牌体系。',
    explanation: '理解品牌分层,才能在不同客户面前讲对品牌、讲清价值。',
    rubric: [
      { criterion: '企业品牌统领全局,为其他品牌提供信誉背书', maxPoints: 3 },
      { criterion: '客户品牌面向细分客户群,组织该客户群的价值主张', maxPoints: 2 },
      { criterion: '业务品牌对应具体产品或业务,承载产品价值', maxPoints: 2 },
      { criterion: '运用:按客户群选用品牌和产品组合,统一规范对外传播', maxPoints: 3 },
    ],
  },
  {
    chapterCode: 'GOV-E.1', type: 'short', difficulty: 2, requirement: 'familiar', usage: ['practice'],
    stem: '简述企业文化对客户经理日常工作的作用。',
    explanation: '企业文化具有导向、约束、凝聚、激励和辐射作用。',
    rubric: [
      { criterion: '导向:明确工作的方向和价值判断', maxPoints: 3 },
      { criterion: '约束:规范服务和销售行为', maxPoints: 3 },
      { criterion: '凝聚和激励:增强团队协作和工作动力', maxPoints: 2 },
      { criterion: '辐射:通过员工的言行向客户传递企业形象', maxPoints: 2 },
    ],
  },

  // ── 案例分析 ──
  {
    chapterCode: 'GOV-E.1', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '某政企客户经理为完成季度指标,向一所学校承诺“专线永不断网、任何故障一小时内上门”,并隐瞒了合同中的部分收费条款。签约后学校发现问题向公司投诉,还在本地教育行业群里批评中国电信“不讲诚信”。请结合企业文化和服务理念进行分析,并提出补救和改进措施。',
    explanation: '过度承诺和隐瞒条款违背诚信经营和“用户至上,用心服务”,直接损害企业品牌;补救要诚恳、务实,改进要从制度和考核入手。',
    rubric: [
      { criterion: '违背诚信经营和“用户至上,用心服务”的理念', maxPoints: 5 },
      { criterion: '损害客户信任和企业品牌,在行业内造成负面影响', maxPoints: 4 },
      { criterion: '补救:登门致歉,如实说明条款,按合同和服务等级协议提供可行保障,依规处理争议费用', maxPoints: 6 },
      { criterion: '改进:规范对外承诺,加强培训和检查,考核兼顾质量和客户满意', maxPoints: 5 },
    ],
  },
  {
    chapterCode: 'GOV-E.2', type: 'case', difficulty: 5, requirement: 'master', usage: ['exam'],
    stem: '某分公司计划向本地中小企业推广一款综合办公信息化产品(包含专线、云办公和企业总机)。请从品牌体系的角度,为客户经理设计一套推广思路,说明目标客户群、品牌内涵与价值主张、推广口号以及推广渠道。',
    explanation: '借助企业品牌的信誉,针对中小企业客户群提炼价值主张,用统一口径在合适渠道推广。',
    rubric: [
      { criterion: '界定目标客户群,如员工规模、行业、信息化现状', maxPoints: 4 },
      { criterion: '品牌内涵与价值主张:依托企业品牌信誉,突出省心、安全、降本等价值', maxPoints: 5 },
      { criterion: '推广口号简洁、准确,不作夸大承诺', maxPoints: 3 },
      { criterion: '推广渠道和方式:上门拜访、行业沙龙、商会协会、线上渠道等', maxPoints: 5 },
      { criterion: '统一品牌规范,宣传与服务承诺一致', maxPoints: 3 },
    ],
  },
  {
    chapterCode: 'GOV-E.1', type: 'case', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '新员工小李认为:“企业文化是领导的事,我只要完成销售指标就行。”请你以师傅的身份,结合企业使命和服务理念,向小李说明企业文化与销售工作的关系。',
    explanation: '企业文化为销售工作指明意义、划定底线,并通过客户感知反过来影响业绩。',
    rubric: [
      { criterion: '使命和理念指明销售工作的意义:为客户创造价值', maxPoints: 5 },
      { criterion: '文化规范销售行为,诚信合规是底线', maxPoints: 5 },
      { criterion: '员工言行影响客户感知和企业品牌,进而影响长期业绩', maxPoints: 5 },
      { criterion: '认同企业文化有助于个人成长和团队协作', maxPoints: 5 },
    ],
  },
];
