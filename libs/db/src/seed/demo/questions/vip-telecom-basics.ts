import { DemoQuestion, opts } from './demo-question';

/** VIP客户服务经理 · 1.1 电信基础知识 (VIP-1.1.1 通信网络基础, VIP-1.1.2 移动通信与宽带技术, VIP-1.1.3 电信业务分类). */
export const VIP_TELECOM_BASICS_QUESTIONS: DemoQuestion[] = [
  // ── 填空 ──
  {
    chapterCode: 'VIP-1.1.1', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '通信系统的一般模型由信源、发送设备、____、接收设备和信宿五部分组成,噪声则作用于传输过程。',
    answer: [['信道', '传输信道']],
    explanation: '信源产生信息,发送设备把信息变换成适合传输的信号,信道负责传送信号,接收设备完成反变换,信宿接收信息。',
  },
  {
    chapterCode: 'VIP-1.1.1', type: 'fill', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '从硬件构成看,电信网由终端设备、____和交换设备三大要素组成。',
    answer: [['传输系统', '传输设备', '传输链路']],
    explanation: '终端设备完成用户信息与信号的转换,传输系统在节点之间传送信号,交换设备负责接续和路由,三者构成电信网的硬件基础。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '国际电信联盟(ITU)定义的5G三大应用场景是增强移动宽带(eMBB)、____(uRLLC)和海量机器类通信(mMTC)。',
    answer: [['超高可靠低时延通信', '超可靠低时延通信', '高可靠低时延通信', '低时延高可靠通信']],
    explanation: 'uRLLC 面向工业控制、远程医疗、车联网等对时延和可靠性要求极高的场景。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '无源光网络(PON)由局端的光线路终端(OLT)、用户侧的____(ONU)以及两者之间的光分配网(ODN)组成。',
    answer: [['光网络单元', 'ONU', '光网络终端', '光猫']],
    explanation: 'OLT 位于局端机房,ONU/ONT 位于用户侧(家庭常称“光猫”),ODN 由光纤和无源分光器组成。',
  },
  {
    chapterCode: 'VIP-1.1.3', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '按照《中华人民共和国电信条例》,电信业务分为____电信业务和____电信业务两大类。',
    answer: [['基础'], ['增值']],
    explanation: '基础电信业务提供公共网络基础设施、公共数据传送和基本话音通信服务;增值电信业务是利用公共网络基础设施提供的电信与信息服务。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: 'IPv4 地址的长度为 32 位,IPv6 地址的长度为____位。',
    answer: [['128', '一百二十八']],
    explanation: 'IPv6 采用 128 位地址,地址空间远大于 IPv4,可以为海量终端和物联网设备分配地址。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '上下行使用不同频段同时传输的双工方式称为频分双工(FDD),上下行使用同一频段、按时间分隔传输的方式称为____。',
    answer: [['时分双工', 'TDD']],
    explanation: 'TDD 上下行共用频谱、按时隙切换,便于灵活调整上下行资源比例;FDD 需要成对频谱。',
  },

  // ── 单选 ──
  {
    chapterCode: 'VIP-1.1.1', type: 'single', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '某企业希望把5个分支机构两两之间都用专线直接连通(网状网),共需要的链路数为(  )。',
    options: opts('4条', '5条', '10条', '20条'),
    answer: 'C',
    explanation: 'N 个节点全互联的网状网需要 N(N−1)/2 条链路,5×4÷2=10。网状网可靠性高但链路多、成本高。',
  },
  {
    chapterCode: 'VIP-1.1.1', type: 'single', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '以下传输介质中,传输容量最大、抗电磁干扰能力最强的是(  )。',
    options: opts('双绞线', '同轴电缆', '微波', '光纤'),
    answer: 'D',
    explanation: '光纤以光信号传输,频带宽、损耗低、不受电磁干扰,是骨干网和宽带接入的主要介质。',
  },
  {
    chapterCode: 'VIP-1.1.1', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '关于电路交换,下列说法正确的是(  )。',
    options: opts(
      '通信前先建立连接,通信期间独占一条电路,结束后释放',
      '把信息拆分成分组,逐段存储转发',
      '无需建立连接,多个用户按需共享带宽',
      '只能传送数据,不能传送话音',
    ),
    answer: 'A',
    explanation: '电路交换经历“建立连接—通信—释放连接”三个阶段,通信期间独占电路,时延小而稳定,传统电话网即采用电路交换。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: 'ADSL 中“非对称”的含义是(  )。',
    options: opts('话音与数据使用两条不同的电话线', '上行与下行速率不同,通常下行高于上行', '局端与用户端使用不同的调制方式', '只能单方向传输数据'),
    answer: 'B',
    explanation: 'ADSL 利用普通电话铜线,下行速率高于上行,适合以下载为主的上网需求;其速率受线路长度影响较大。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '手机用户在通话过程中从一个小区移动到相邻小区而通话不中断,依靠的是移动网络的(  )功能。',
    options: opts('漫游', '切换', '寻呼', '鉴权'),
    answer: 'B',
    explanation: '切换(越区切换)是在通话或数据连接过程中把连接从一个小区转移到另一个小区;漫游是在归属网络以外的区域使用服务。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'single', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '某工厂希望在同一张5G网络上,既保证机床控制指令的低时延、高可靠,又不受员工手机上网流量的影响。最能满足这一需求的5G技术是(  )。',
    options: opts('载波聚合', 'Wi-Fi 漫游', '短信群发', '网络切片'),
    answer: 'D',
    explanation: '网络切片把一张物理网络划分为多个逻辑网络,每个切片可以按业务需要单独保障带宽、时延和可靠性,互不影响。',
  },
  {
    chapterCode: 'VIP-1.1.3', type: 'single', difficulty: 4, requirement: 'familiar', usage: ['exam'],
    stem: '按照《电信业务分类目录》,互联网数据中心(IDC)业务属于(  )。',
    options: opts('第一类基础电信业务', '第二类基础电信业务', '第一类增值电信业务', '第二类增值电信业务'),
    answer: 'C',
    explanation: '第一类增值电信业务包括互联网数据中心、内容分发网络、国内互联网虚拟专用网和互联网接入服务等。',
  },
  {
    chapterCode: 'VIP-1.1.3', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '下列业务中,属于基础电信业务的是(  )。',
    options: opts('蜂窝移动通信业务', '呼叫中心业务', '信息服务业务', '在线数据处理与交易处理业务'),
    answer: 'A',
    explanation: '蜂窝移动通信业务属于第一类基础电信业务;呼叫中心、信息服务、在线数据处理与交易处理属于第二类增值电信业务。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'single', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '客户办理了300M宽带,用电脑有线连接下载文件时速度显示约为35 MB/s,客户质疑速率不达标。以下解释正确的是(  )。',
    options: opts(
      '300M 指每秒300兆字节,35 MB/s 说明严重不达标',
      '300M 指每月可用流量300兆,与下载速度无关',
      '300M 指 300 Mbit/s,约合 37.5 MB/s,扣除协议开销后 35 MB/s 基本正常',
      '宽带速率只与电脑配置有关,与所办理的带宽无关',
    ),
    answer: 'C',
    explanation: '宽带速率单位是比特每秒,1 字节=8 比特,300 Mbit/s÷8≈37.5 MB/s;实际下载还要扣除协议开销,35 MB/s 属于正常范围。',
  },
  {
    chapterCode: 'VIP-1.1.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '衡量数据从发送端传到接收端所需时间的网络指标是(  )。',
    options: opts('带宽', '时延', '抖动', '丢包率'),
    answer: 'B',
    explanation: '时延是数据传送所需的时间;抖动是时延的变化;丢包率是丢失的数据包占比;带宽是单位时间可传送的数据量。',
  },

  // ── 多选 ──
  {
    chapterCode: 'VIP-1.1.1', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '关于星形网络拓扑,下列说法正确的有(  )。',
    options: opts('所有节点都连接到一个中心节点', '中心节点故障会影响整个网络', '任意两个节点之间都有直达链路', '每个节点只与相邻的两个节点相连'),
    answer: ['A', 'B'],
    explanation: '星形网以中心节点为核心,结构简单、便于管理,但中心节点是单点故障;任意两节点直达是网状网,只连相邻两点是环形网。',
  },
  {
    chapterCode: 'VIP-1.1.1', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '与金属电缆相比,光纤通信的优点有(  )。',
    options: opts('可以直接为用户终端供电', '传输频带宽、通信容量大', '损耗低、中继距离长', '抗电磁干扰、保密性好'),
    answer: ['B', 'C', 'D'],
    explanation: '光纤传输的是光信号,具有容量大、损耗低、抗干扰、重量轻等优点,但不能像铜线那样为终端远程供电。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '与4G相比,5G网络的主要技术特征包括(  )。',
    options: opts('更高的峰值速率', '更低的空口时延', '更大的连接数密度', '只能采用独立组网方式部署'),
    answer: ['A', 'B', 'C'],
    explanation: '5G 在峰值速率、时延、连接密度等方面显著提升;部署上既有非独立组网(NSA)也有独立组网(SA)。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '下列接入方式中,属于光纤接入(FTTx)的有(  )。',
    options: opts('ADSL', 'FTTH(光纤到户)', 'FTTB(光纤到楼)', 'FTTO(光纤到办公室)'),
    answer: ['B', 'C', 'D'],
    explanation: 'FTTx 按光纤延伸到的位置区分,FTTH、FTTB、FTTO 都属于光纤接入;ADSL 使用电话铜线接入。',
  },
  {
    chapterCode: 'VIP-1.1.3', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '按照《电信业务分类目录》,下列业务中属于增值电信业务的有(  )。',
    options: opts('呼叫中心业务', '信息服务业务', '固定通信业务', '内容分发网络(CDN)业务'),
    answer: ['A', 'B', 'D'],
    explanation: '呼叫中心、信息服务属于第二类增值电信业务,CDN 属于第一类增值电信业务;固定通信业务属于基础电信业务。',
  },
  {
    chapterCode: 'VIP-1.1.1', type: 'multiple', difficulty: 4, requirement: 'familiar', usage: ['exam'],
    stem: '为保证电信网正常运行而设置的支撑网包括(  )。',
    options: opts('信令网', '接入网', '同步网', '管理网'),
    answer: ['A', 'C', 'D'],
    explanation: '支撑网包括信令网、同步网和管理网,分别负责传送控制信令、提供时钟同步和实现网络管理;接入网属于业务网的组成部分。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'multiple', difficulty: 3, requirement: 'master', usage: ['exam', 'practice'],
    stem: '客户反映家里的 Wi-Fi 网速慢,可能的原因有(  )。',
    options: opts('宽带账号已完成实名登记', '路由器离终端太远或隔了多道墙', '同时在线的设备过多,占用带宽', '终端只支持较老的 Wi-Fi 标准'),
    answer: ['B', 'C', 'D'],
    explanation: '无线信号随距离和墙体衰减,多设备共享带宽、终端协议老旧都会降低实际速率;实名登记与网速无关。排查时应先用有线测速对比。',
  },
  {
    chapterCode: 'VIP-1.1.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '衡量网络服务质量(QoS)的常用指标有(  )。',
    options: opts('时延', '机房面积', '抖动', '丢包率'),
    answer: ['A', 'C', 'D'],
    explanation: '时延、抖动、丢包率和带宽是衡量网络服务质量的常用指标,对语音、视频等实时业务尤其重要。',
  },

  // ── 判断 ──
  {
    chapterCode: 'VIP-1.1.1', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '在分组交换方式中,通信双方在整个通信期间独占一条物理电路。',
    answer: false,
    explanation: '独占电路是电路交换的特点;分组交换把数据分成分组,多个用户统计复用链路资源。',
  },
  {
    chapterCode: 'VIP-1.1.1', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: 'SDH 传输网常采用环形组网,当环上某段光缆中断时,可以通过自愈保护倒换迅速恢复业务。',
    answer: true,
    explanation: 'SDH 自愈环在检测到故障后自动把业务倒换到保护路由,通常在几十毫秒内完成,提高了网络可靠性。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'judge', difficulty: 4, requirement: 'familiar', usage: ['exam'],
    stem: '5G 非独立组网(NSA)需要依托 4G 网络作为控制面锚点,而独立组网(SA)采用 5G 核心网。',
    answer: true,
    explanation: 'NSA 可以较快利用现有 4G 网络部署 5G;SA 采用 5G 核心网,才能完整支持网络切片、低时延等能力。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: 'VoLTE 是在 4G 网络上承载语音的技术,使用 VoLTE 通话时,手机不必回落到 2G/3G 网络,数据业务也可以同时使用。',
    answer: true,
    explanation: 'VoLTE 以 IP 方式在 LTE 网络上传送语音,接通快、音质好,通话时可同时上网。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '无源光网络(PON)中的光分路器需要外接电源才能工作。',
    answer: false,
    explanation: 'PON 的“无源”即指光分配网中的分光器等器件不需要供电,降低了维护成本和故障点。',
  },
  {
    chapterCode: 'VIP-1.1.3', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '依照《电信条例》,经营增值电信业务不需要取得任何许可。',
    answer: false,
    explanation: '国家对电信业务经营实行许可制度,经营基础电信业务和增值电信业务都必须依法取得相应的经营许可证。',
  },
  {
    chapterCode: 'VIP-1.1.3', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '按照《电信业务分类目录》,呼叫中心业务属于增值电信业务。',
    answer: true,
    explanation: '呼叫中心业务属于第二类增值电信业务。',
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'judge', difficulty: 3, requirement: 'master', usage: ['practice'],
    stem: '客户在卧室用手机通过 Wi-Fi 测速,结果明显低于签约带宽,据此即可判定宽带线路速率不达标。',
    answer: false,
    explanation: '无线测速受路由器性能、信号衰减、终端能力和同时在线设备影响,应先用电脑有线直连光猫测速,再判断线路是否达标。',
  },

  // ── 简答 ──
  {
    chapterCode: 'VIP-1.1.1', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '简述电信网的三个基本组成要素及各自的作用。',
    explanation: '终端设备、传输系统、交换设备是电信网的硬件三要素,另有信令、协议和标准等软件部分保证其协同工作。',
    rubric: [
      { criterion: '终端设备:完成用户信息与电信号(光信号)之间的转换,发送和接收信息', maxPoints: 3 },
      { criterion: '传输系统:由传输介质和传输设备组成,在节点之间传送信号', maxPoints: 3 },
      { criterion: '交换设备:根据用户需要完成接续与路由选择,把信息送往目的地', maxPoints: 3 },
      { criterion: '表述准确、条理清楚', maxPoints: 1 },
    ],
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '简述 5G 的三大应用场景,并为每个场景各举一个应用实例。',
    explanation: 'eMBB 面向大流量移动宽带,uRLLC 面向低时延高可靠,mMTC 面向海量物联网连接。',
    rubric: [
      { criterion: '增强移动宽带(eMBB)及实例,如超高清视频、VR/AR', maxPoints: 3 },
      { criterion: '超高可靠低时延通信(uRLLC)及实例,如工业控制、远程医疗、车联网', maxPoints: 3 },
      { criterion: '海量机器类通信(mMTC)及实例,如智能抄表、环境监测', maxPoints: 3 },
      { criterion: '表述准确、条理清楚', maxPoints: 1 },
    ],
  },
  {
    chapterCode: 'VIP-1.1.2', type: 'short', difficulty: 3, requirement: 'master', usage: ['practice'],
    stem: '客户询问:“光纤宽带和以前的电话线(ADSL)宽带有什么区别?值得换吗?”请写出你向客户解释的要点。',
    explanation: '用客户听得懂的语言,从介质、速率、稳定性和适用需求几方面对比,再结合客户家庭使用情况给出建议。',
    rubric: [
      { criterion: '接入介质不同:光纤入户 vs 电话铜线', maxPoints: 2 },
      { criterion: '速率:光纤可提供百兆、千兆带宽且上行更快;ADSL 速率低且受线路距离影响', maxPoints: 3 },
      { criterion: '稳定性:光纤不受电磁干扰、故障率低', maxPoints: 2 },
      { criterion: '结合客户的家庭使用需求给出建议,语言通俗、不夸大', maxPoints: 3 },
    ],
  },

  // ── 案例分析 ──
  {
    chapterCode: 'VIP-1.1.2', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: 'VIP 客户李先生来电反映:家里办理了千兆宽带,但在卧室用手机测速只有几十兆,认为运营商“虚标速率”,情绪比较激动。请分析可能的原因,说明你将如何向客户解释,并提出解决建议。',
    explanation: '先处理情绪再处理问题;用有线测速区分线路问题与室内无线覆盖问题;解决方案要针对原因,推荐产品须实事求是。',
    rubric: [
      { criterion: '先安抚情绪、表示理解,确认客户的使用环境和测速方式', maxPoints: 4 },
      { criterion: '分析原因:无线信号衰减与墙体阻隔、路由器或手机不支持高速率 Wi-Fi、同时在线设备多、测速方法不当等', maxPoints: 6 },
      { criterion: '排查步骤:远程查询线路状态,引导有线直连测速对比,必要时预约上门检测', maxPoints: 5 },
      { criterion: '解决建议:调整路由器位置、更换支持新标准的路由器或做全屋组网等,推荐实事求是,并跟踪回访', maxPoints: 5 },
    ],
  },
  {
    chapterCode: 'VIP-1.1.3', type: 'case', difficulty: 5, requirement: 'master', usage: ['exam'],
    stem: 'VIP 客户王女士经营一家小型电商公司。她向你咨询:公司计划自建网站开展在线销售,需要服务器托管、网站访问加速和一条客服热线。请结合电信业务分类,说明这些需求分别对应哪类电信业务,并为她提出组合推荐思路。',
    explanation: '服务器托管对应互联网数据中心,网站加速对应内容分发网络,二者属第一类增值电信业务;客服热线可用固定或移动语音(基础电信业务),委托外包呼叫中心则涉及呼叫中心业务(第二类增值电信业务)。',
    rubric: [
      { criterion: '服务器托管对应互联网数据中心(IDC)业务,属第一类增值电信业务;也可建议采用云主机', maxPoints: 5 },
      { criterion: '网站加速对应内容分发网络(CDN)业务,属第一类增值电信业务', maxPoints: 4 },
      { criterion: '客服热线:固定/移动语音属基础电信业务,外包呼叫中心属第二类增值电信业务', maxPoints: 4 },
      { criterion: '组合推荐合理:接入(专线或商务宽带)+托管/云+加速+热线,匹配规模与预算', maxPoints: 5 },
      { criterion: '提示网站上线前依法办理备案等手续', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-1.1.1', type: 'case', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '某小区多位 VIP 客户在同一时段反映宽带中断,但固定电话和手机通话都正常。请分析故障可能发生在网络的哪一部分,并说明你作为客户经理的处置流程。',
    explanation: '多户同时中断而其他业务正常,通常是共用的接入或汇聚段(如 OLT 端口、分光器、光缆)故障,而不是单户终端问题;客户经理要及时报障、跟踪并主动通报。',
    rubric: [
      { criterion: '判断故障范围:多户同时中断指向共用的接入段或汇聚段,而非单户终端', maxPoints: 6 },
      { criterion: '处置:汇总受影响客户,按流程报障派单并跟踪进度', maxPoints: 6 },
      { criterion: '主动向客户通报原因和预计恢复时间,做好安抚', maxPoints: 5 },
      { criterion: '恢复后逐户回访确认,记录在客户档案中', maxPoints: 3 },
    ],
  },
];
