import { DemoQuestion, opts } from './demo-question';

/** VIP客户服务经理 · 2.2 重点业务知识 (VIP-2.2.1 移动业务与套餐, VIP-2.2.2 宽带与融合业务, VIP-2.2.3 增值业务). */
export const VIP_KEY_SERVICES_QUESTIONS: DemoQuestion[] = [
  // ── 填空 ──
  {
    chapterCode: 'VIP-2.2.1', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '移动套餐的结构一般包括基本套餐和____两部分。',
    answer: [['可选套餐', '可选包', '叠加包']],
    explanation: '基本套餐提供月基本费和基础内容,可选套餐(可选包)满足客户在流量、通话等方面的个性化需求。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '呼叫转移按触发条件可以分为无条件转移、遇忙转移、____转移和不可及转移。',
    answer: [['无应答', '无人接听', '久叫不应']],
    explanation: '无应答转移指来电在一定时间内无人接听时转到指定号码;不可及转移指关机或不在服务区时转移。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '融合业务通常把移动电话、____和电视等业务组合在一个套餐中,实现“一户多业务、统一账单”。',
    answer: [['宽带', '固定宽带', '光纤宽带', '家庭宽带']],
    explanation: '融合套餐以家庭为单位组合手机、宽带、电视等业务,资源共享、整体优惠。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '用户通过短信订购收费增值业务时,须经过____确认后订购才生效,以防止误订和违规订购。',
    answer: [['二次', '两次', '再次']],
    explanation: '二次确认让用户在订购前再次看到业务名称和资费,是保护用户知情权和选择权的措施。',
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '在流量计量中,1 GB 等于____MB。',
    answer: [['1024']],
    explanation: '流量按二进制换算,1 GB=1024 MB,1 MB=1024 KB。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '通过运营商可管可控的网络传送、具有服务质量保障的电视业务称为____,区别于经公共互联网传送的 OTT 视频。',
    answer: [['IPTV', '交互式网络电视', 'IP电视']],
    explanation: 'IPTV 在运营商专用承载网络上传送,有带宽和服务质量保障;OTT 视频经公共互联网传送,体验受网络状况影响较大。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '主叫用户拨打电话时听到的个性化回铃音(彩铃),是由____一方设置的。',
    answer: [['被叫', '被叫用户', '被叫方']],
    explanation: '彩铃由被叫用户订购和设置,主叫在等待接听时听到。',
  },

  // ── 单选 ──
  {
    chapterCode: 'VIP-2.2.1', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '客户套餐内的国内流量经常不够用,下列建议中最合理的是(  )。',
    options: opts('一直按套餐外标准资费使用', '根据近几个月的实际用量,订购合适的流量包或升级套餐', '建议客户办理停机', '建议客户更换号码'),
    answer: 'B',
    explanation: '依据客户真实用量推荐流量包或套餐升档,既降低客户支出,又提升客户价值。',
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '客户希望全家人的手机共享同一个套餐的通话和流量,适合推荐的方式是(  )。',
    options: opts('每人各自办理最低档套餐', '开通国际漫游', '加装一条宽带', '办理主副卡,家庭成员共享套餐内资源'),
    answer: 'D',
    explanation: '主副卡业务让副卡共享主卡套餐资源,费用统一支付,适合家庭使用。',
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'single', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '携号转网是指(  )。',
    options: opts('用户在同一城市内更换手机号码', '用户把号码转让给他人使用', '把来电临时转接到另一个号码', '用户号码不变,从一家基础电信企业转到另一家接受服务'),
    answer: 'D',
    explanation: '携号转网让用户保留原号码更换运营商,是用户的一项权利,电信企业不得设置不合理障碍。',
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'single', difficulty: 2, requirement: 'master', usage: ['exam'],
    stem: '客户计划出国工作半年,期间完全不使用国内号码,但希望回国后继续使用该号码。较合适的建议是(  )。',
    options: opts('直接销户', '把号码过户给朋友保管', '办理停机保号', '开通三方通话'),
    answer: 'C',
    explanation: '停机保号可以在较长时间不使用的情况下保留号码,费用较低;若需在国外接收短信验证码,则应保持号码正常并开通国际漫游。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '关于光纤到房间(FTTR)组网,下列说法正确的是(  )。',
    options: opts('用光纤把网络延伸到各个房间,配合房间内的子设备实现全屋高速覆盖', '把手机信号转换成宽带信号', '只能在一个房间内使用', '使用后家中不再需要任何光猫或主设备'),
    answer: 'A',
    explanation: 'FTTR 以主设备连接入户光纤,再用光纤连到各房间的子设备,解决大户型、多房间的 Wi-Fi 覆盖问题。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '与互联网专线相比,家庭宽带通常的特点是(  )。',
    options: opts('上下行带宽对称且独享', '提供服务等级协议(SLA)保障', '上下行不对称、共享接入资源,价格较低', '默认提供固定公网 IP 地址'),
    answer: 'C',
    explanation: '家庭宽带以下行为主、共享接入资源;专线一般上下行对称、带宽独享、有 SLA 保障,可提供固定 IP。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '客户反映每月账单中都有一项不清楚的增值业务费用,客户经理可以首先引导客户(  )。',
    options: opts('通过短信指令“0000”等渠道查询并退订,同时核实订购记录', '拒缴全部话费', '更换一部手机', '关闭手机数据流量'),
    answer: 'A',
    explanation: '查询退订渠道可以快速停止后续扣费;同时核实订购时间和渠道,确属违规订购的按规定处理费用。',
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '客户要享受 5G 网络速率,除办理 5G 套餐或权益外,还需要(  )。',
    options: opts('使用 5G 终端并处于 5G 网络覆盖区域', '开通国际漫游', '开通彩铃', '加装固定电话'),
    answer: 'A',
    explanation: '5G 体验需要网络覆盖、终端和套餐(权益)三者同时具备。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'single', difficulty: 1, requirement: 'understand', usage: ['practice'],
    stem: '通话过程中又有第三方来电时,可以听到提示音并选择接听的业务是(  )。',
    options: opts('呼叫转移', '呼叫等待', '来电显示', '彩铃'),
    answer: 'B',
    explanation: '呼叫等待让用户在通话中得知有新来电,并可以保持当前通话、切换接听。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'single', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '一位 VIP 客户家有三口人,每人月均流量约 20GB,家中有智能电视和多台电脑;目前三人各自办理单卡套餐,另有一条百兆宽带,总支出偏高。最合适的推荐思路是(  )。',
    options: opts('让每人都升级到最高档单卡套餐', '推荐一个包含主副卡、千兆宽带和电视的融合套餐,按实际用量选档', '拆掉宽带,只用手机流量', '再加装两条宽带'),
    answer: 'B',
    explanation: '家庭多人多业务的客户适合融合套餐:资源共享、统一账单、整体更优惠,也能提高客户黏性。',
  },

  // ── 多选 ──
  {
    chapterCode: 'VIP-2.2.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '为客户办理移动电话入网时,应当做到(  )。',
    options: opts('核验有效身份证件并进行实名登记', '向客户说明套餐内容和资费', '为完成任务给客户多开几张卡', '提示合约期限和违约责任'),
    answer: ['A', 'B', 'D'],
    explanation: '入网必须实名登记,如实告知资费和合约条款;擅自多开卡违反实名制和防范电信网络诈骗的要求。',
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '用户办理携号转网,通常需要满足的条件有(  )。',
    options: opts('号码已实名登记且状态正常', '没有欠费', '不存在未到期的合约限制,或已按约定解约', '必须先更换手机终端'),
    answer: ['A', 'B', 'C'],
    explanation: '携号转网一般要求实名一致、号码正常、无欠费、无未解除的合约限制;与手机终端无关。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '融合业务对客户和企业的价值有(  )。',
    options: opts('客户办理后不再享有售后服务', '客户一站式办理、统一账单,整体更优惠', '多业务捆绑提高客户黏性,降低流失', '家庭成员共享通话和流量'),
    answer: ['B', 'C', 'D'],
    explanation: '融合业务让客户得到便利和优惠,企业得到更高的客户黏性;售后服务不受影响。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'multiple', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '影响家庭宽带上网体验的因素有(  )。',
    options: opts('签约带宽', '客户的星座', '室内组网和 Wi-Fi 覆盖', '客厅墙纸的颜色'),
    answer: ['A', 'C'],
    explanation: '签约带宽、室内组网与 Wi-Fi 覆盖、终端性能等都会影响上网体验。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '下列业务中,属于移动电话常见补充业务(增值功能)的有(  )。',
    options: opts('光纤接入', '来电显示', '三方通话', '呼叫转移'),
    answer: ['B', 'C', 'D'],
    explanation: '来电显示、三方通话、呼叫转移、呼叫等待等是移动电话的常见补充业务;光纤接入是宽带接入方式。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'multiple', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '向客户推荐增值业务时,应当做到(  )。',
    options: opts('如实说明资费、计费方式和退订方法', '经客户明确同意后再开通', '以“免费体验”为名开通,到期自动转为收费且不告知客户', '根据客户的实际需求推荐'),
    answer: ['A', 'B', 'D'],
    explanation: '推荐增值业务要保障客户的知情权和选择权;“免费体验”到期转收费必须事先明确告知并经客户同意。',
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'multiple', difficulty: 2, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '客户选择移动套餐时,应综合考虑的因素有(  )。',
    options: opts('每月通话时长', '营业厅的装修风格', '每月流量用量', '是否需要副卡或家庭共享'),
    answer: ['A', 'C', 'D'],
    explanation: '套餐选择应基于客户的通话、流量用量和家庭成员需求,做到“按需选档”。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'multiple', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '客户反映晚上看 IPTV 经常卡顿,白天基本正常。客户经理可以建议或安排的排查方向有(  )。',
    options: opts('检查机顶盒与光猫之间是有线还是无线连接', '了解晚间家中是否有多台设备同时大流量下载', '核实线路和带宽能否满足高清或 4K 节目的需求', '建议客户更换电视机品牌'),
    answer: ['A', 'B', 'C'],
    explanation: '晚间卡顿多与家中并发流量、无线连接质量或带宽不足有关,应逐项排查,而不是盲目更换设备。',
  },

  // ── 判断 ──
  {
    chapterCode: 'VIP-2.2.1', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '超出套餐的通话和流量,按套餐约定的套餐外资费标准计费。',
    answer: true,
    explanation: '套餐外使用按照客户办理时约定的套餐外资费计费,办理时应向客户说明。',
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '客户办理携号转网后,亲友需要重新保存该客户的新号码。',
    answer: false,
    explanation: '携号转网号码不变,亲友无需更改通讯录。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'judge', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '光猫(ONU)的主要作用是完成光信号与电信号的转换;家中的无线覆盖效果还与路由器或组网设备有关。',
    answer: true,
    explanation: '光猫负责光电转换和接入,无线覆盖取决于路由器性能、摆放位置和组网方式。',
  },
  {
    chapterCode: 'VIP-2.2.2', type: 'judge', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '为客户宽带提速后,客户家中所有终端的上网速度都会按提速倍数同比例提高。',
    answer: false,
    explanation: '实际速度还受终端性能、Wi-Fi 标准和覆盖、服务器等因素制约;推荐提速时要如实说明,避免客户期望落差。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '增值业务可以在客户不知情的情况下先行开通,客户不满意再退订。',
    answer: false,
    explanation: '开通任何收费业务都须事先告知并经客户同意,否则侵犯客户的知情权和选择权。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '呼叫转移中的“不可及转移”是指被叫关机或不在服务区时,来电转移到指定号码。',
    answer: true,
    explanation: '不可及转移在被叫无法接通(关机、无信号)时触发。',
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '主副卡业务中,副卡一般共享主卡套餐内的部分或全部资源,费用通常由主卡账户统一支付。',
    answer: true,
    explanation: '主副卡共享资源、统一付费,具体共享范围以套餐规定为准,办理时应向客户说明。',
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'judge', difficulty: 2, requirement: 'familiar', usage: ['practice'],
    stem: '客户询问如何退订增值业务时,客户经理应如实告知退订渠道,不得设置障碍或拖延。',
    answer: true,
    explanation: '方便客户退订是保障客户选择权的要求,设置障碍会引发投诉。',
  },

  // ── 简答 ──
  {
    chapterCode: 'VIP-2.2.2', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '简述融合业务的主要特点,以及向客户推荐融合业务时的要点。',
    explanation: '融合业务以家庭为单位组合多种业务;推荐时要按需设计、讲清资费和合约。',
    rubric: [
      { criterion: '特点:多业务组合,统一账户和账单,资源共享', maxPoints: 3 },
      { criterion: '价值:客户得到便利和整体优惠,企业提高客户黏性', maxPoints: 3 },
      { criterion: '要点:了解家庭成员和实际用量,按需选档,讲清资费、合约期和生效时间', maxPoints: 4 },
    ],
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'short', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '客户反映被订购了自己不知情的增值业务,简述客户经理的处理要点。',
    explanation: '先止损(退订),再查清原因,按规定处理费用,并帮助客户防范再次发生。',
    rubric: [
      { criterion: '查询订购记录,核实订购时间和渠道', maxPoints: 3 },
      { criterion: '征得客户同意后立即协助退订', maxPoints: 2 },
      { criterion: '按规定处理费用,确属违规订购的予以退还并向客户说明', maxPoints: 3 },
      { criterion: '告知查询和退订方法,事后回访', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'short', difficulty: 2, requirement: 'familiar', usage: ['practice'],
    stem: '简述为客户推荐移动套餐前,需要了解哪些客户信息。',
    explanation: '推荐套餐要以客户的真实使用情况为依据,做到“按需推荐”。',
    rubric: [
      { criterion: '近几个月的通话、流量、短信实际用量', maxPoints: 4 },
      { criterion: '家庭成员情况和副卡、共享需求', maxPoints: 2 },
      { criterion: '终端情况,如是否支持 5G', maxPoints: 2 },
      { criterion: '预算、对合约的接受程度等偏好', maxPoints: 2 },
    ],
  },

  // ── 案例分析 ──
  {
    chapterCode: 'VIP-2.2.2', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '张先生一家四口:张先生和妻子各有一部手机,每月流量分别约 30GB 和 15GB;孩子上初中,需要一部手机;老人只打电话。家里有一条百兆宽带,常看网络视频,卧室信号差。目前全家每月通信支出分散且偏高。请为张先生设计融合业务方案,说明推荐理由和需要向客户说明的事项。',
    explanation: '先分析需求再设计方案,方案要兼顾每位家庭成员;推荐时如实告知资费、合约和生效规则。',
    rubric: [
      { criterion: '需求分析:各成员的通话和流量用量、宽带和电视使用、覆盖问题', maxPoints: 5 },
      { criterion: '方案:主副卡共享 + 宽带提速 + 室内组网改善覆盖 + 电视等,档位与用量匹配', maxPoints: 5 },
      { criterion: '推荐理由:整体费用更省、统一账单更方便、使用体验更好', maxPoints: 4 },
      { criterion: '告知事项:资费标准、合约期和违约责任、生效时间、套餐外计费', maxPoints: 4 },
      { criterion: '照顾孩子和老人的使用特点,如流量管控、防诈骗提醒', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-2.2.1', type: 'case', difficulty: 5, requirement: 'master', usage: ['exam'],
    stem: '某 VIP 客户月均消费较高,近期来营业厅咨询携号转网,称“别家的套餐更便宜”。作为该客户的客户经理,你应如何处理?请说明处理思路和注意事项。',
    explanation: '携号转网是用户的权利,不得设置障碍;客户经理应在依法依规的前提下了解原因,用更适合的方案争取客户。',
    rubric: [
      { criterion: '依法依规:不得拒绝、拖延或设置不合理障碍', maxPoints: 5 },
      { criterion: '了解转网原因,分析客户的实际用量和支出', maxPoints: 4 },
      { criterion: '提供更适合的方案,如调整套餐档位、融合优惠、服务权益', maxPoints: 5 },
      { criterion: '客户坚持转网时,如实告知办理条件和流程(欠费、合约等)', maxPoints: 4 },
      { criterion: '记录原因并复盘,改进对同类客户的维系', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-2.2.3', type: 'case', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '一位老年客户拿着账单来找你,说自己“从来不用手机上网,也没有订过什么业务”,但每月都被扣了几项增值业务费。请分析可能的原因,并说明你的处理步骤。',
    explanation: '老年客户容易误点或被他人代订;处理时既要解决费用问题,也要帮助客户防止再次发生。',
    rubric: [
      { criterion: '可能原因:误点广告或短信链接、他人代订、办理其他业务时捆绑、违规订购', maxPoints: 5 },
      { criterion: '查询订购记录,核实订购时间、渠道和确认情况', maxPoints: 5 },
      { criterion: '协助退订,并根据客户意愿采取防止再次误订的措施', maxPoints: 5 },
      { criterion: '按规定处理费用并耐心解释,事后回访', maxPoints: 5 },
    ],
  },
];
