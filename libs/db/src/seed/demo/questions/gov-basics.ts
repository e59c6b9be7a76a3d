import { DemoQuestion, opts } from './demo-question';

/** 政企客户销售经理 · 基础篇 (GOV-B.1 电信市场概述, GOV-B.2 电信市场监管体系及相关电信法律法规, GOV-B.3 电信技术知识). */
export const GOV_BASICS_QUESTIONS: DemoQuestion[] = [
  // ── 填空 ──
  {
    chapterCode: 'GOV-B.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '电信产品(电信服务)具有无形性、不可储存性以及生产与消费____等特点。',
    answer: [['同时性', '同时进行', '同步进行', '同时']],
    explanation: '电信服务在用户使用的同时被“生产”出来,无法事先储存,服务质量在使用过程中直接被客户感知。',
  },
  {
    chapterCode: 'GOV-B.1', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '2008 年电信业重组后,国内形成了中国电信、中国移动和____三家全业务基础电信运营商。',
    answer: [['中国联通', '联通', '中国联合网络通信集团有限公司']],
    explanation: '2008 年重组中,中国联通与中国网通合并组建新的中国联通,三家企业均开展固定和移动全业务经营。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '我国电信行业的主管部门是____,各省、自治区、直辖市设立的通信管理局负责本行政区域的电信监督管理。',
    answer: [['工业和信息化部', '工信部', '国务院工业和信息化主管部门']],
    explanation: '工业和信息化部对全国电信业实施监督管理,各省级通信管理局在其领导下负责本地区的电信监管。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '按照《电信条例》,电信网之间应当按照技术可行、经济合理、公平公正、____的原则,实现互联互通。',
    answer: [['相互配合']],
    explanation: '互联互通保证不同运营商的用户之间可以通信;主导的电信业务经营者不得拒绝其他经营者的互联互通要求。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '按功能划分,电信网可以分为业务网、____网和支撑网三部分。',
    answer: [['传送', '传输', '承载']],
    explanation: '业务网提供各类电信业务,传送网为业务网提供传输通道,支撑网(信令、同步、管理)保障网络正常运行。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '电信监管的基本原则包括____、破除垄断、鼓励竞争、促进发展原则和公开、公平、公正原则。',
    answer: [['政企分开']],
    explanation: '这是《电信条例》规定的电信监督管理原则,也是政企客户销售经理四级认证样卷中的考点。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '“三网融合”是指电信网、____和互联网在技术、业务和网络上相互渗透、融合发展。',
    answer: [['广播电视网', '广电网', '有线电视网']],
    explanation: '三网融合使同一张网络可以承载语音、数据和视频业务,IPTV 就是典型的融合业务。',
  },
  {
    chapterCode: 'GOV-B.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '培训大纲提到的国民经济和社会发展第十一个五年规划(“十一五”规划),时间跨度为____年至 2010 年。',
    answer: [['2006']],
    explanation: '“十一五”规划覆盖 2006—2010 年,其中对信息产业发展作了规划;此后各个五年规划都把信息通信业作为重点领域。',
  },

  // ── 单选 ──
  {
    chapterCode: 'GOV-B.1', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '完成一次跨地区通信,需要多个地区、多个环节的网络共同协作,这体现了电信行业(  )的特点。',
    options: opts('全程全网、联合作业', '生产与消费分离', '产品可以储存', '地域封闭经营'),
    answer: 'A',
    explanation: '电信通信要经过发端、转接、收端等多个环节,需要全网协同,这就是“全程全网、联合作业”。',
  },
  {
    chapterCode: 'GOV-B.1', type: 'single', difficulty: 3, requirement: 'understand', usage: ['exam'],
    stem: '我国基础电信领域引入竞争的标志性事件之一,是 1994 年(  )的成立。',
    options: opts('中国移动', '中国联通', '中国铁塔', '中国网通'),
    answer: 'B',
    explanation: '1994 年中国联通成立,打破了电信业独家经营的格局,开启了引入竞争的改革进程。',
  },
  {
    chapterCode: 'GOV-B.1', type: 'single', difficulty: 3, requirement: 'understand', usage: ['exam'],
    stem: '2002 年的电信业重组中,原中国电信按(  )进行了拆分,组建了新的中国电信和中国网通。',
    options: opts('固定与移动业务', '语音与数据业务', '城市与农村', '南北区域'),
    answer: 'D',
    explanation: '2002 年实施“南北分拆”:南方省份等组建新的中国电信,北方省份与其他企业组建中国网通。',
  },
  {
    chapterCode: 'GOV-B.1', type: 'single', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '下列客服号码与运营商的对应关系中,正确的是(  )。',
    options: opts('10000—中国电信', '10086—中国联通', '10010—中国移动', '10000—中国移动'),
    answer: 'A',
    explanation: '中国电信客服号码为 10000,中国移动为 10086,中国联通为 10010。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '国家对电信业务经营实行(  )制度。',
    options: opts('备案', '审计', '招标', '许可'),
    answer: 'D',
    explanation: '《电信条例》规定,国家对电信业务经营按照电信业务分类实行许可制度,未取得许可不得从事电信业务经营活动。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '根据《电信条例》,下列属于电信资源的是(  )。',
    options: opts('营业厅', '客户档案', '无线电频率和电信网码号', '手机终端'),
    answer: 'C',
    explanation: '电信资源是指无线电频率、卫星轨道位置、电信网码号等用于实现电信功能且有限的资源,国家统一规划、集中管理、合理分配,实行有偿使用。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'single', difficulty: 2, requirement: 'master', usage: ['exam'],
    stem: '政企客户经理与客户洽谈时,下列说法中属于不正当竞争的是(  )。',
    options: opts('“我们的网络覆盖好,欢迎到现场测试。”', '“办理我们的业务,可以给您个人回扣。”', '“我们的方案包含的带宽更大。”', '“签约前请您先看资费说明。”'),
    answer: 'B',
    explanation: '以回扣等财物收买交易相对方的工作人员,属于商业贿赂,是《反不正当竞争法》禁止的行为。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'single', difficulty: 4, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '在数字电话网中,一路标准数字话路的速率是(  )。',
    options: opts('8 kbit/s', '64 kbit/s', '2 Mbit/s', '155 Mbit/s'),
    answer: 'B',
    explanation: '话音信号以 8 kHz 采样、每个样值 8 比特编码,得到 64 kbit/s 的标准数字话路。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'single', difficulty: 3, requirement: 'master', usage: ['exam', 'practice'],
    stem: '某企业客户的骨干传输线路光纤资源紧张,希望在不新增光缆的情况下成倍提升传输容量,可以采用的技术是(  )。',
    options: opts('时分复用到更低速率', '码分多址', '波分复用', '频率复用'),
    answer: 'C',
    explanation: '波分复用在一根光纤中同时传输多个不同波长的光信号,可以在不新增光缆的情况下成倍扩大容量。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '把模拟话音信号变为数字信号(脉冲编码调制),依次要经过(  )。',
    options: opts('采样、量化、编码', '编码、采样、量化', '量化、编码、采样', '调制、解调、编码'),
    answer: 'A',
    explanation: '先在时间上采样,再把样值幅度量化为有限个等级,最后编码为二进制数字。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'single', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '某销售人员在项目竞争中,向客户散布“对方网络下个月将停止服务”的不实信息。该行为属于(  )。',
    options: opts('正当的比较宣传', '正常的价格竞争', '商业诋毁,属于不正当竞争', '正常的商业保密'),
    answer: 'C',
    explanation: '编造、传播虚假信息或误导性信息,损害竞争对手的商业信誉、商品声誉,属于商业诋毁。',
  },

  // ── 多选 ──
  {
    chapterCode: 'GOV-B.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '电信产品(电信服务)的特点有(  )。',
    options: opts('无形性', '不可储存性', '生产与消费同时进行', '可以先生产出来再库存销售'),
    answer: ['A', 'B', 'C'],
    explanation: '电信服务无形、不可储存,生产与消费同时发生,不能像实物商品那样先生产后库存。',
  },
  {
    chapterCode: 'GOV-B.1', type: 'multiple', difficulty: 4, requirement: 'familiar', usage: ['exam'],
    stem: '2008 年电信业重组的主要内容包括(  )。',
    options: opts('中国电信收购中国联通的 CDMA 网络', '中国联通与中国网通合并', '中国铁通并入中国移动', '组建中国邮政集团'),
    answer: ['A', 'B', 'C'],
    explanation: '2008 年重组后形成三家全业务运营商,随后在 2009 年发放了 3G 牌照。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '我国电信市场监管的主要内容包括(  )。',
    options: opts('决定企业内部的员工排班', '市场准入(经营许可)', '网间互联互通', '电信资源(码号、频率)管理'),
    answer: ['B', 'C', 'D'],
    explanation: '电信监管涵盖市场准入、互联互通、电信资源、服务质量、网络与信息安全等;企业内部管理不属于监管内容。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '下列属于电信及网络领域法律法规的有(  )。',
    options: opts('《中华人民共和国电信条例》', '《中华人民共和国种子法》', '《中华人民共和国网络安全法》', '《中华人民共和国个人信息保护法》'),
    answer: ['A', 'C', 'D'],
    explanation: '《电信条例》是电信行业的基本行政法规;网络安全法、个人信息保护法等也是电信企业必须遵守的法律。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '电信网络的发展趋势包括(  )。',
    options: opts('IP 化', '模拟化', '宽带化', '人工接续化'),
    answer: ['A', 'C'],
    explanation: '电信网络朝着 IP 化、宽带化、移动化、融合化和智能化方向发展。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'multiple', difficulty: 1, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '电信基本业务网络包括(  )。',
    options: opts('城市供水管网', '固定电话网', '移动通信网', '数据通信网(互联网)'),
    answer: ['B', 'C', 'D'],
    explanation: '固定电话网、移动通信网和数据通信网是基本的电信业务网络。',
  },
  {
    chapterCode: 'GOV-B.1', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '我国电信市场改革的主要方向包括(  )。',
    options: opts('恢复独家垄断经营', '政企分开', '引入竞争、破除垄断', '推动基础设施共建共享'),
    answer: ['B', 'C', 'D'],
    explanation: '电信改革沿着政企分开、破除垄断、引入竞争的方向推进,并推动铁塔等基础设施共建共享、提高资源利用效率。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'multiple', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '某企业客户要求总部与各分支机构之间的网络“任意一条线路中断也不影响通信”。在网络设计上较合适的做法有(  )。',
    options: opts('采用网状或部分网状结构', '采用带保护倒换的环形结构', '采用单一星形结构且中心节点无备份', '关键节点采用双归属、双路由'),
    answer: ['A', 'B', 'D'],
    explanation: '网状结构、自愈环和双路由都能在单点链路故障时保持连通;无备份的星形结构存在单点故障。',
  },

  // ── 判断 ──
  {
    chapterCode: 'GOV-B.1', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '电信业是国民经济的基础性、先导性和战略性产业。',
    answer: true,
    explanation: '信息通信网络是经济社会运行的基础设施,对其他产业发展有带动作用。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '企业经营基础电信业务无需取得经营许可,只要完成工商登记即可。',
    answer: false,
    explanation: '经营基础电信业务必须取得基础电信业务经营许可证,条件和审批比增值电信业务更严格。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '主导的电信业务经营者可以拒绝其他电信业务经营者提出的互联互通要求。',
    answer: false,
    explanation: '《电信条例》规定,主导的电信业务经营者不得拒绝其他电信业务经营者和专用网运营单位提出的互联互通要求。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '环形网中每个节点只与相邻的两个节点相连,链路首尾相接成环,适合构建带保护的传输网。',
    answer: true,
    explanation: '环形结构可以实现双向保护,某段链路中断时业务可以从环的另一方向绕行。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'judge', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '为避免工厂大型电机等设备的电磁干扰影响通信,园区内楼宇之间的互联宜优先采用光纤。',
    answer: true,
    explanation: '光纤传输光信号,不受电磁干扰,适合强电磁环境;同时容量大、距离长。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '电信网码号资源属于国家所有,国家对其实行统一规划、集中管理、合理分配和有偿使用。',
    answer: true,
    explanation: '码号、频率等电信资源有限且属于国家,企业需依法申请并缴纳资源占用费。',
  },
  {
    chapterCode: 'GOV-B.1', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '中国铁塔股份有限公司的组建,推动了通信铁塔等基础设施的共建共享,减少了重复建设。',
    answer: true,
    explanation: '铁塔等基础设施统筹建设、共享使用,提高了资源利用效率,也加快了网络覆盖。',
  },
  {
    chapterCode: 'GOV-B.3', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '模拟信号在时间和幅度上都是离散的。',
    answer: false,
    explanation: '模拟信号在时间和幅度上都是连续的;数字信号在时间和幅度上都是离散的。',
  },
  {
    chapterCode: 'GOV-B.2', type: 'judge', difficulty: 3, requirement: 'master', usage: ['practice'],
    stem: '客户经理向客户单位的采购人员承诺“签约后返还个人现金”,只要对方愿意接受就不违法。',
    answer: false,
    explanation: '给予交易相对方工作人员财物以谋取交易机会属于商业贿赂,无论对方是否愿意都违法,情节严重的还会构成犯罪。',
  },

  // ── 简答 ──
  {
    chapterCode: 'GOV-B.1', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '简述我国电信市场改革的主要历程。',
    explanation: '改革的主线是政企分开、破除垄断、引入竞争、促进发展。',
    rubric: [
      { criterion: '引入竞争:1994 年中国联通成立', maxPoints: 2 },
      { criterion: '政企分开:1998 年组建信息产业部,邮电分营', maxPoints: 2 },
      { criterion: '拆分重组:1999 年起中国电信业务拆分,2002 年南北分拆', maxPoints: 2 },
      { criterion: '全业务竞争:2008 年重组形成三家全业务运营商,随后发放 3G 牌照', maxPoints: 2 },
      { criterion: '后续发展:4G、5G 牌照发放,铁塔等基础设施共建共享', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'GOV-B.3', type: 'short', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '结合政企客户的需求,简述电信网络的发展趋势,以及这些趋势给政企业务带来的机会。',
    explanation: '网络趋势决定产品方向:宽带化带来大带宽专线,融合化带来云网一体方案,移动化带来 5G 行业应用。',
    rubric: [
      { criterion: 'IP 化、宽带化', maxPoints: 2 },
      { criterion: '移动化(如 5G)', maxPoints: 2 },
      { criterion: '融合化与智能化(三网融合、云网融合)', maxPoints: 2 },
      { criterion: '结合政企需求说明机会,如大带宽专线、云网一体、5G 行业应用、物联网', maxPoints: 4 },
    ],
  },
  {
    chapterCode: 'GOV-B.2', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '简述电信监管的基本原则。',
    explanation: '《电信条例》规定:电信监督管理遵循政企分开、破除垄断、鼓励竞争、促进发展和公开、公平、公正的原则。',
    rubric: [
      { criterion: '政企分开', maxPoints: 2 },
      { criterion: '破除垄断', maxPoints: 2 },
      { criterion: '鼓励竞争', maxPoints: 2 },
      { criterion: '促进发展', maxPoints: 2 },
      { criterion: '公开、公平、公正', maxPoints: 2 },
    ],
  },

  // ── 案例分析 ──
  {
    chapterCode: 'GOV-B.2', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '在一次政企项目竞争中,竞争对手的销售人员对客户说“中国电信的网络马上要大面积调整,签了合同也用不了”,同时私下向客户的采购负责人承诺给予个人好处。客户采购负责人也向你暗示要“懂规矩”。请分析其中涉及的法律问题,并说明你应如何应对。',
    explanation: '散布不实信息属于商业诋毁,私下给好处属于商业贿赂,二者都是不正当竞争;应对时坚持合规,用事实和方案竞争。',
    rubric: [
      { criterion: '指出散布不实信息属于商业诋毁,是不正当竞争', maxPoints: 5 },
      { criterion: '指出给予个人好处属于商业贿赂,违法,绝不效仿', maxPoints: 5 },
      { criterion: '应对:坚持合规,以事实澄清、以方案和服务取胜', maxPoints: 5 },
      { criterion: '及时向公司报告,必要时依法维护企业合法权益', maxPoints: 5 },
    ],
  },
  {
    chapterCode: 'GOV-B.3', type: 'case', difficulty: 5, requirement: 'master', usage: ['exam'],
    stem: '某制造企业在同一园区内有办公楼、生产车间和仓库,目前各自独立上网,内部数据互通困难;车间的设备还需要低时延的无线连接。请运用电信网络的基本知识(拓扑、传输、接入、组网),为该企业描述园区网络的总体建设思路。',
    explanation: '从拓扑、传输、无线接入、出口和安全管理几方面给出思路即可,不要求具体设备选型。',
    rubric: [
      { criterion: '拓扑:以核心节点为中心的星形或树形结构,关键链路冗余', maxPoints: 5 },
      { criterion: '传输与出口:楼宇之间光纤互联,通过专线接入互联网和总部', maxPoints: 5 },
      { criterion: '无线:车间采用 5G 专网或切片、工业级 Wi-Fi 等满足低时延需求', maxPoints: 5 },
      { criterion: '安全与管理:网络分区隔离、边界防护、统一网管', maxPoints: 3 },
      { criterion: '思路完整、表述条理清楚', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'GOV-B.1', type: 'case', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '一位新入职的政企客户经理认为:“电信业务就是卖号码、卖宽带,和卖其他商品没什么区别。”请结合电信行业和电信产品的特点,谈谈你的看法。',
    explanation: '电信产品是服务,具有无形、不可储存、生产消费同时、全程全网等特点,销售工作要重服务、重协同、重长期关系。',
    rubric: [
      { criterion: '电信产品无形、不可储存、生产与消费同时,质量在使用中被感知', maxPoints: 6 },
      { criterion: '全程全网、联合作业,需要内部多个环节协同保障', maxPoints: 5 },
      { criterion: '电信业是基础性产业,客户关系是长期的', maxPoints: 4 },
      { criterion: '对销售工作的启示:重视服务和售后,做好跨部门协同', maxPoints: 5 },
    ],
  },
];
