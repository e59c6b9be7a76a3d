import { DemoQuestion, opts } from './demo-question';

/** VIP客户服务经理 · 1.2 服务礼仪及行为规范 (VIP-1.2.1 服务礼仪, VIP-1.2.2 电话沟通规范, VIP-1.2.3 上门拜访规范). */
export const VIP_ETIQUETTE_QUESTIONS: DemoQuestion[] = [
  // ── 填空 ──
  {
    chapterCode: 'VIP-1.2.1', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '商务着装通常遵循“三色原则”,即全身服饰的颜色(色系)一般不超过____种。',
    answer: [['三', '3']],
    explanation: '颜色过多显得杂乱,三色以内更显庄重、协调。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'fill', difficulty: 3, requirement: 'understand', usage: ['exam'],
    stem: '男士穿西装讲究“三一定律”,即____、腰带和公文包的颜色保持一致,一般以黑色为佳。',
    answer: [['鞋子', '皮鞋', '鞋']],
    explanation: '“三一定律”指鞋子、腰带、公文包三处同色,使整体着装协调统一。',
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '接听客户来电一般应在铃响____声之内接起;超过时,接起后应先向客户致歉。',
    answer: [['三', '3']],
    explanation: '及时接听体现对客户的尊重;铃响过久才接,应先说“对不起,让您久等了”。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'fill', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '陪同客户乘坐无人值守的电梯时,陪同人员应先进入电梯控制按钮;到达目的楼层后,应按住开门按钮请____先出电梯。',
    answer: [['客户', '客人', '来宾']],
    explanation: '无人值守电梯“先进后出”,陪同人员先进操作按钮、后出,保证客户安全和方便。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '为他人作介绍时遵循“____优先知情”的原则,如先把本公司同事介绍给客户,先把职位低者介绍给职位高者。',
    answer: [['尊者', '位尊者', '尊长']],
    explanation: '让地位较尊的一方先了解对方情况,是介绍礼仪的基本原则;商务接待中客户为尊。',
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '电话沟通结束时,一般应等____先挂断电话,再轻放话筒。',
    answer: [['客户', '对方', '客人']],
    explanation: '让客户先挂机,可以避免客户还有话没说完就被挂断,也体现尊重。',
  },
  {
    chapterCode: 'VIP-1.2.3', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['practice'],
    stem: '上门拜访客户应提前____,约定拜访的时间、地点和事由,不做“不速之客”。',
    answer: [['预约', '约定', '电话预约']],
    explanation: '预约既尊重客户的时间安排,也便于客户准备、提高拜访效率。',
  },

  // ── 单选 ──
  {
    chapterCode: 'VIP-1.2.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '男士穿单排两粒扣西装站立时,正确的系扣方法是(  )。',
    options: opts('两粒都扣上', '只扣上面一粒', '只扣下面一粒', '两粒都不扣'),
    answer: 'B',
    explanation: '单排两粒扣西装站立时只扣上面一粒,下面一粒不扣;坐下时可以解开。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '关于商务场合握手时伸手的先后顺序,下列做法正确的是(  )。',
    options: opts(
      '客户来访时,作为主人的客户经理应先伸手表示欢迎',
      '与上级握手时,下级应主动先伸手',
      '与女士握手时,男士应先伸手',
      '客人告辞时,主人应先伸手',
    ),
    answer: 'A',
    explanation: '握手遵循“尊者先伸手”:上级、长辈、女士先伸手;迎客时主人先伸手表示欢迎,送客时客人先伸手表示告辞。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'single', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '向客户递送名片的正确做法是(  )。',
    options: opts('用单手食指和中指夹着递出', '把名片放在桌上推到对方面前', '双手递出,名片文字正面朝向对方', '双手递出,名片文字朝向自己以便确认'),
    answer: 'C',
    explanation: '递名片应起身、双手递出,文字正面朝向对方,便于对方阅读,同时可说“请多关照”。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '由专职司机驾驶的轿车,通常被视为上座的是(  )。',
    options: opts('后排右侧', '后排左侧', '后排中间', '副驾驶座'),
    answer: 'A',
    explanation: '有专职司机时,后排右座为上座;主人亲自驾车时,副驾驶座为上座。',
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'single', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '客户来电咨询的问题需要查询后才能答复,且查询需要较长时间。客户经理最恰当的做法是(  )。',
    options: opts(
      '让客户在线等待,不作任何说明',
      '请客户自己去营业厅咨询',
      '说明需要查询及所需时间,征得客户同意后记下联系方式,按约定时间回电',
      '先挂断电话,什么时候查到再说',
    ),
    answer: 'C',
    explanation: '需要客户等待时应说明原因和时间;时间较长的,约定回电时间并按时回复,体现首问负责。',
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '客户经理给 VIP 客户打电话,接通后首先应(  )。',
    options: opts('直接介绍最新的优惠活动', '问候并自报单位和姓名,确认对方身份及是否方便通话', '询问客户的收入情况', '要求客户马上办理业务'),
    answer: 'B',
    explanation: '外呼时先问候、自报家门、确认身份并询问是否方便,对方不便时另约时间,再说明来电目的。',
  },
  {
    chapterCode: 'VIP-1.2.3', type: 'single', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '客户经理上门拜访客户时,下列做法不恰当的是(  )。',
    options: opts('按约定时间准时或略提前到达', '进门前出示工作证并说明来意', '未经允许翻看客户办公桌上的文件', '拜访结束后及时整理拜访记录'),
    answer: 'C',
    explanation: '拜访时不得随意翻看、触碰客户的文件和物品,这既是礼仪要求,也是保护客户信息的要求。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '“首问负责制”中的首问责任人是指(  )。',
    options: opts('第一个接待客户咨询或投诉的员工', '客户所在区域的部门负责人', '客户的专属客户经理', '公司投诉处理中心'),
    answer: 'A',
    explanation: '首问责任人是第一个接待客户的员工,无论问题是否属于本岗位,都要负责解答或转交并跟踪到问题解决。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'single', difficulty: 1, requirement: 'understand', usage: ['practice'],
    stem: '服务过程中,下列用语属于服务禁语的是(  )。',
    options: opts('“请稍等,我马上为您查询。”', '“这不归我管,你找别人去。”', '“对不起,让您久等了。”', '“请问还有什么可以帮您?”'),
    answer: 'B',
    explanation: '推诿、生硬、指责客户的话语属于服务禁语,会损害客户感受,也违背首问负责制。',
  },
  {
    chapterCode: 'VIP-1.2.3', type: 'single', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '客户经理按约到客户单位拜访,到达后发现客户正在接待其他来访者。最恰当的做法是(  )。',
    options: opts(
      '直接推门进入会议室旁听等候',
      '打电话催促客户尽快结束',
      '转身离开,以后不再联系',
      '在接待区安静等候并请前台转告;若客户确实繁忙,礼貌询问是否改约',
    ),
    answer: 'D',
    explanation: '尊重客户的时间安排:安静等候、请人转告;客户确实不便时主动改约,比勉强交谈效果更好。',
  },

  // ── 多选 ──
  {
    chapterCode: 'VIP-1.2.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '客户经理在商务场合的仪容仪表要求包括(  )。',
    options: opts('头发整洁,发型得体', '指甲修剪整齐、干净', '女士化淡妆', '佩戴多件醒目的首饰以显示品位'),
    answer: ['A', 'B', 'C'],
    explanation: '仪容仪表以整洁、端庄、得体为原则;饰品宜少而精,不宜夸张。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '接收客户递来的名片时,正确的做法有(  )。',
    options: opts('起身,双手接过', '认真看一遍,可轻声读出对方的姓名职务', '随手放进裤兜', '妥善放入名片夹'),
    answer: ['A', 'B', 'D'],
    explanation: '接名片要恭敬,看过后妥善收好;随手乱放、在名片上涂写都是失礼行为。',
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '下列电话沟通做法中,符合规范的有(  )。',
    options: opts('边吃东西边接听电话', '通话前准备好要点和资料', '重要信息向客户复述确认', '需要转接时先告知客户并说明原因'),
    answer: ['B', 'C', 'D'],
    explanation: '通话前准备、复述确认、转接先告知都是电话沟通的基本规范;边吃东西边通话很不礼貌。',
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'multiple', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '电话外呼营销时,下列做法中应当避免的有(  )。',
    options: opts('在客户休息时间频繁拨打', '客户明确拒绝后仍反复拨打', '接通后自报单位和姓名', '简要说明来电目的'),
    answer: ['A', 'B'],
    explanation: '外呼应选择合适时段,尊重客户意愿;客户明确拒绝的,不应继续打扰。自报家门和说明目的是规范做法。',
  },
  {
    chapterCode: 'VIP-1.2.3', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '上门拜访前,客户经理应做的准备有(  )。',
    options: opts('了解客户档案和近期业务使用情况', '明确拜访目的和要沟通的问题', '提前代客户在业务协议上签字以节省时间', '准备名片、宣传资料和业务单据'),
    answer: ['A', 'B', 'D'],
    explanation: '拜访前要准备信息、目的和资料;代客户签字违反规定,协议必须由客户本人确认签署。',
  },
  {
    chapterCode: 'VIP-1.2.3', type: 'multiple', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '上门为客户提供服务时,应当遵守的行为规范有(  )。',
    options: opts('接受客户赠送的礼品作为感谢', '进门前出示工作证、说明来意', '按需穿戴鞋套,不随意触碰客户物品', '服务完成后清理现场并请客户确认'),
    answer: ['B', 'C', 'D'],
    explanation: '上门服务要亮证、尊重客户家庭或办公环境、完工清场;收受客户礼品违反廉洁从业要求。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '在正式商务场合,女士着装应注意(  )。',
    options: opts('裙装长度适中,不宜过短', '不穿过于暴露或透明的服装', '饰品以少而精为宜', '穿拖鞋或运动鞋以示轻松'),
    answer: ['A', 'B', 'C'],
    explanation: '女士商务着装以端庄、大方为原则,鞋子宜选择与套装相配的皮鞋。',
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'multiple', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '客户来电时情绪激动、语速很快,客户经理恰当的应对有(  )。',
    options: opts('耐心倾听,不打断客户', '适当回应“我理解”“我在听”', '提高音量压过客户', '记录要点并复述确认'),
    answer: ['A', 'B', 'D'],
    explanation: '先倾听、表达理解,让客户情绪得到释放,再复述确认问题;与客户比音量只会激化矛盾。',
  },

  // ── 判断 ──
  {
    chapterCode: 'VIP-1.2.1', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '握手时为表示热情,应用力紧握并长时间摇动对方的手。',
    answer: false,
    explanation: '握手力度适中、时间一般为3秒左右,用力过猛或时间过长都会令对方不适。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '穿西装前,应把袖口上的商标拆除。',
    answer: true,
    explanation: '袖口商标在购买后应拆除,保留商标是常见的着装失误。',
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '接听电话时,即使对方看不到,也应保持微笑,因为微笑能通过声音传递给对方。',
    answer: true,
    explanation: '面带微笑时语调更亲切柔和,客户可以从声音中感受到服务态度。',
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'judge', difficulty: 2, requirement: 'master', usage: ['exam'],
    stem: '电话沟通中需要客户等待查询结果时,只要不挂断,让客户等多久都不必说明。',
    answer: false,
    explanation: '让客户等待前应说明原因和大致时间;等待较长时应主动回到线上说明进展,或约定回电。',
  },
  {
    chapterCode: 'VIP-1.2.3', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '为显得热情,客户经理可以不事先预约,直接到客户单位拜访。',
    answer: false,
    explanation: '不预约拜访会打乱客户安排,容易吃“闭门羹”,也显得不够尊重。',
  },
  {
    chapterCode: 'VIP-1.2.3', type: 'judge', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '拜访结束后,客户经理应及时把拜访情况和客户需求记录到客户档案中,并安排后续跟进。',
    answer: true,
    explanation: '及时记录可以保证信息不遗漏,是后续服务和营销的依据。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '按照介绍礼仪,应先把客户介绍给本公司的同事。',
    answer: false,
    explanation: '应遵循“尊者优先知情”,先把本公司同事介绍给客户,再把客户介绍给同事。',
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '主人亲自驾驶轿车接送客户时,副驾驶座通常被视为上座。',
    answer: true,
    explanation: '主人亲自驾车时,客人坐副驾驶座表示对主人的尊重;有专职司机时后排右座为上座。',
  },

  // ── 简答 ──
  {
    chapterCode: 'VIP-1.2.2', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '简述接听客户来电的基本规范。',
    explanation: '要点:及时接听、规范问候、倾听记录、等待和转接有交代、礼貌结束。',
    rubric: [
      { criterion: '及时接听(一般三声内),问候并自报单位和姓名', maxPoints: 3 },
      { criterion: '耐心倾听,记录要点,重要信息复述确认', maxPoints: 3 },
      { criterion: '需要等待或转接时说明原因并征得同意', maxPoints: 2 },
      { criterion: '礼貌道别,待客户先挂机', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-1.2.3', type: 'short', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '简述上门拜访 VIP 客户的主要流程和注意事项。',
    explanation: '拜访分为拜访前、拜访中、拜访后三个阶段,每个阶段都有礼仪和业务两方面的要求。',
    rubric: [
      { criterion: '拜访前:预约时间,明确目的,准备客户资料和方案', maxPoints: 3 },
      { criterion: '到达时:准时,仪表得体,出示证件、说明来意', maxPoints: 2 },
      { criterion: '拜访中:倾听需求,控制时间,不随意翻动客户物品', maxPoints: 3 },
      { criterion: '拜访后:记录拜访情况,按约定跟进', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'short', difficulty: 2, requirement: 'familiar', usage: ['practice'],
    stem: '简述商务场合握手的礼仪要点。',
    explanation: '握手礼仪包括伸手顺序、姿势和力度、时间及禁忌。',
    rubric: [
      { criterion: '伸手顺序:尊者先伸手(上级、长辈、女士;迎客主人先,送客客人先)', maxPoints: 4 },
      { criterion: '姿势:用右手,力度适中,目光注视对方并面带微笑', maxPoints: 3 },
      { criterion: '时间一般3秒左右;不戴手套、不交叉握手、不用左手', maxPoints: 3 },
    ],
  },

  // ── 案例分析 ──
  {
    chapterCode: 'VIP-1.2.3', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '客户经理小张第一次上门拜访一位企业主 VIP 客户。他没有预约,穿着休闲 T 恤和运动鞋,到达后直接推门进入办公室,一边单手递名片一边介绍新套餐;客户接电话时,他顺手翻看桌上的资料;客户表示今天没空,他仍坚持讲完才离开,事后也没有做任何记录。请指出小张的失误,并说明正确的做法。',
    explanation: '本案集中了拜访礼仪的常见失误:未预约、着装不当、进门和名片礼仪缺失、不尊重客户隐私和时间、缺少记录跟进。',
    rubric: [
      { criterion: '未预约:应提前预约时间、说明目的', maxPoints: 4 },
      { criterion: '着装不当:应穿着整洁得体的商务装', maxPoints: 3 },
      { criterion: '进门和名片礼仪:先敲门、问候,双手递名片;先了解需求,而不是一上来就推销', maxPoints: 5 },
      { criterion: '不尊重隐私与时间:不翻看客户资料;客户繁忙时应简短致意并另约时间', maxPoints: 5 },
      { criterion: '拜访后应记录情况并跟进', maxPoints: 3 },
    ],
  },
  {
    chapterCode: 'VIP-1.2.2', type: 'case', difficulty: 5, requirement: 'master', usage: ['exam'],
    stem: '某 VIP 客户来电,称刚收到的账单中有一笔不认识的增值业务费用,情绪激动地说“你们就是乱扣费”。接听的客户经理第一句话是“系统不会出错,肯定是您自己订的”,客户更加生气,要求投诉。请分析这次电话沟通的问题,并写出正确的应对步骤。',
    explanation: '先处理情绪,再处理事情;未核实就下结论、与客户争辩是电话沟通的大忌。',
    rubric: [
      { criterion: '指出问题:未倾听和共情,未经核实就否定客户、推卸责任', maxPoints: 5 },
      { criterion: '安抚情绪:表示理解,感谢客户反映问题', maxPoints: 4 },
      { criterion: '核实信息:验证身份,查询费用明细和订购记录并向客户说明', maxPoints: 5 },
      { criterion: '给出方案和时限:如确属非本人意愿订购,按规定退订并处理费用,告知办理时限', maxPoints: 4 },
      { criterion: '礼貌结束并在处理后回访', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-1.2.1', type: 'case', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '公司举办 VIP 客户答谢会,你负责在门口迎接客户、引导入座,并把本公司分管领导介绍给一位重要客户。请说明你在仪表、迎接、引导和介绍各环节应注意的礼仪。',
    explanation: '接待礼仪贯穿仪表、迎送、引导和介绍;介绍时遵循“尊者优先知情”,客户为尊。',
    rubric: [
      { criterion: '仪表:着正装,整洁得体,佩戴工牌', maxPoints: 4 },
      { criterion: '迎接:主动问候,微笑,迎客时主人先伸手握手', maxPoints: 5 },
      { criterion: '引导:走在客户左前方一两步,提示台阶和转弯;乘电梯先进后出', maxPoints: 5 },
      { criterion: '介绍:先把本公司领导介绍给客户,再介绍客户,称呼职务并简要说明', maxPoints: 6 },
    ],
  },
];
