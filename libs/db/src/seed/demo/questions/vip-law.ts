import { DemoQuestion, opts } from './demo-question';

/** VIP客户服务经理 · 3 法律知识 (VIP-3.1 电信条例与监管, VIP-3.2 消费者权益保护, VIP-3.3 个人信息保护, VIP-3.4 合同基础). */
export const VIP_LAW_QUESTIONS: DemoQuestion[] = [
  // ── 填空 ──
  {
    chapterCode: 'VIP-3.1', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '《中华人民共和国电信条例》规定,电信业务经营者应当为电信用户提供迅速、准确、____、方便和价廉的电信服务。',
    answer: [['安全']],
    explanation: '“迅速、准确、安全、方便、价廉”是《电信条例》对电信服务的基本要求。',
  },
  {
    chapterCode: 'VIP-3.1', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '电信用户逾期不交纳电信费用的,电信业务经营者有权要求补交,并可以按照所欠费用每日加收____的违约金。',
    answer: [['3‰', '千分之三', '0.3%', '百分之零点三']],
    explanation: '《电信条例》规定按所欠费用每日加收 3‰ 的违约金,这是欠费处理的法定上限依据。',
  },
  {
    chapterCode: 'VIP-3.2', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '《消费者权益保护法》规定,经营者提供商品或者服务有欺诈行为的,应当按照消费者的要求增加赔偿,增加赔偿的金额为购买商品价款或者接受服务费用的____倍;不足五百元的,为五百元。',
    answer: [['三', '3']],
    explanation: '这就是常说的“退一赔三”,最低赔偿五百元,法律另有规定的依照其规定。',
  },
  {
    chapterCode: 'VIP-3.3', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '《个人信息保护法》规定,处理个人信息应当遵循合法、正当、____和诚信原则。',
    answer: [['必要']],
    explanation: '必要原则要求处理个人信息限于实现处理目的的最小范围,不得过度收集。',
  },
  {
    chapterCode: 'VIP-3.4', type: 'fill', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '按照《民法典》,当事人订立合同,可以采取____、承诺方式或者其他方式。',
    answer: [['要约']],
    explanation: '要约是希望与他人订立合同的意思表示,承诺是受要约人同意要约的意思表示;承诺生效时合同成立。',
  },
  {
    chapterCode: 'VIP-3.3', type: 'fill', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '按照《个人信息保护法》,处理不满____周岁未成年人个人信息的,应当取得其父母或者其他监护人的同意。',
    answer: [['十四', '14']],
    explanation: '不满十四周岁未成年人的个人信息属于敏感个人信息,处理时需取得监护人同意并制定专门的处理规则。',
  },
  {
    chapterCode: 'VIP-3.2', type: 'fill', difficulty: 1, requirement: 'understand', usage: ['practice'],
    stem: '每年的____月15日是国际消费者权益日。',
    answer: [['3', '三']],
    explanation: '3 月 15 日是国际消费者权益日,各地会集中开展消费维权宣传活动。',
  },

  // ── 单选 ──
  {
    chapterCode: 'VIP-3.1', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '按照《电信条例》的一般规定,对超过收费约定期限多少日仍不交纳电信费用的用户,电信业务经营者可以暂停向其提供电信服务?(  )',
    options: opts('7 日', '15 日', '30 日', '60 日'),
    answer: 'C',
    explanation: '超过收费约定期限 30 日仍不交费的,可以暂停服务;暂停服务 60 日内仍未补交的,可以终止服务并依法追缴。经营移动电信业务的可以与用户另行约定交费期限和方式。',
  },
  {
    chapterCode: 'VIP-3.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '按照《电信条例》,下列行为中电信业务经营者不得实施的是(  )。',
    options: opts('公布资费标准', '拒绝用户使用自备的、已取得入网许可的电信终端设备', '依法向欠费用户催缴费用', '为用户保守通信秘密'),
    answer: 'B',
    explanation: '《电信条例》禁止电信业务经营者限定用户购买其指定的终端设备,或拒绝用户使用自备的已取得入网许可的终端设备。',
  },
  {
    chapterCode: 'VIP-3.1', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '电信用户依法使用电信的自由和通信秘密受法律保护。除因国家安全或者追查刑事犯罪的需要,由法定机关依照法定程序检查外,任何组织或者个人(  )。',
    options: opts('经单位领导批准后可以检查电信内容', '为服务需要可以查看电信内容', '在用户欠费时可以检查电信内容', '不得以任何理由对电信内容进行检查'),
    answer: 'D',
    explanation: '通信秘密受宪法和法律保护,只有公安机关、国家安全机关或者人民检察院依法定程序才能检查电信内容。',
  },
  {
    chapterCode: 'VIP-3.2', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '《消费者权益保护法》规定,经营者采用网络、电视、电话、邮购等方式销售商品,消费者一般有权自收到商品之日起(  )内退货,且无需说明理由。',
    options: opts('三日', '七日', '十五日', '三十日'),
    answer: 'B',
    explanation: '远程购物一般享有七日无理由退货权利,但定作商品、鲜活易腐商品、已拆封的数字化商品等除外。',
  },
  {
    chapterCode: 'VIP-3.2', type: 'single', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '消费者和经营者发生消费者权益争议时,下列不属于法定解决途径的是(  )。',
    options: opts('与经营者协商和解', '请求消费者协会或者依法成立的其他调解组织调解', '向有关行政部门投诉', '在网上公开经营者员工的个人信息施压'),
    answer: 'D',
    explanation: '法定途径有协商和解、调解、向行政部门投诉、仲裁和诉讼;公开他人个人信息本身就是违法行为。',
  },
  {
    chapterCode: 'VIP-3.3', type: 'single', difficulty: 2, requirement: 'familiar', usage: ['exam'],
    stem: '根据《个人信息保护法》,下列信息中属于敏感个人信息的是(  )。',
    options: opts('客户的行踪轨迹', '客户所在城市当天的天气', '公司公开的客服电话', '产品的公开价格'),
    answer: 'A',
    explanation: '敏感个人信息包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息,以及不满十四周岁未成年人的个人信息。',
  },
  {
    chapterCode: 'VIP-3.4', type: 'single', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '按照《民法典》,对格式条款有两种以上解释的,应当(  )。',
    options: opts('作出有利于提供格式条款一方的解释', '作出不利于提供格式条款一方的解释', '由提供格式条款的一方决定', '认定合同无效'),
    answer: 'B',
    explanation: '格式条款由一方预先拟定,对方无法协商,因此有歧义时作不利于提供方的解释;格式条款与非格式条款不一致的,采用非格式条款。',
  },
  {
    chapterCode: 'VIP-3.4', type: 'single', difficulty: 2, requirement: 'understand', usage: ['exam', 'practice'],
    stem: '合同一方当事人不履行合同义务或者履行合同义务不符合约定的,应当承担(  )。',
    options: opts('违约责任', '行政处分', '刑事责任', '不承担任何责任'),
    answer: 'A',
    explanation: '违约责任的承担方式包括继续履行、采取补救措施或者赔偿损失等。',
  },
  {
    chapterCode: 'VIP-3.3', type: 'single', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '根据《个人信息保护法》,基于个人同意处理个人信息的,个人(  )。',
    options: opts('一经同意便不得撤回', '撤回同意后,此前已进行的处理活动全部无效', '有权撤回其同意', '撤回同意须支付费用'),
    answer: 'C',
    explanation: '个人有权撤回同意,处理者应提供便捷的撤回方式;撤回不影响撤回前基于同意已进行的处理活动的效力。',
  },
  {
    chapterCode: 'VIP-3.2', type: 'single', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '客户反映:在营业厅办理套餐时,营业员宣传“每月流量不限量”,但没有说明达到一定用量后会限速;使用中客户发现被限速。该营业员的做法主要侵犯了消费者的(  )。',
    options: opts('受尊重权', '结社权', '知悉真情权(知情权)', '获得有关知识权'),
    answer: 'C',
    explanation: '消费者有权知悉所购商品或服务的真实情况;隐瞒限速等重要限制条件,侵犯了知情权,也可能构成虚假宣传。',
  },

  // ── 多选 ──
  {
    chapterCode: 'VIP-3.1', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '依照《电信条例》,下列属于扰乱电信市场秩序、被明令禁止的行为有(  )。',
    options: opts('盗接他人电信线路', '复制他人电信码号', '以虚假、冒用的身份证件办理入网手续', '按时足额缴纳电信费用'),
    answer: ['A', 'B', 'C'],
    explanation: '盗接线路、复制码号、冒用身份入网、伪造电话卡等都属于《电信条例》禁止的扰乱电信市场秩序的行为。',
  },
  {
    chapterCode: 'VIP-3.1', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '依照《电信条例》,电信业务经营者不得对电信用户实施的行为有(  )。',
    options: opts('按公布的时限为用户装机开通', '以任何方式限定用户使用其指定的业务', '作容易引起误解的虚假宣传', '对投诉的用户打击报复'),
    answer: ['B', 'C', 'D'],
    explanation: '限定用户使用指定业务、虚假宣传、刁难或打击报复投诉用户都是《电信条例》明确禁止的行为。',
  },
  {
    chapterCode: 'VIP-3.2', type: 'multiple', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '《消费者权益保护法》规定的消费者权利包括(  )。',
    options: opts('自主选择权', '无条件要求免费服务的权利', '公平交易权', '依法求偿权'),
    answer: ['A', 'C', 'D'],
    explanation: '消费者享有安全保障、知悉真情、自主选择、公平交易、依法求偿、结社、获得有关知识、受尊重及个人信息受保护、监督等权利。',
  },
  {
    chapterCode: 'VIP-3.2', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '经营者不得以格式条款、通知、声明、店堂告示等方式,作出对消费者不公平、不合理的规定,包括(  )。',
    options: opts('排除或者限制消费者权利', '明确告知资费标准', '提示客户注意合约期限', '减轻或者免除经营者责任'),
    answer: ['A', 'D'],
    explanation: '法律禁止以格式条款等方式排除或限制消费者权利、减轻或免除经营者责任、加重消费者责任,此类内容无效。',
  },
  {
    chapterCode: 'VIP-3.3', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '《个人信息保护法》规定,个人在个人信息处理活动中享有的权利有(  )。',
    options: opts('要求处理者公开其他用户的信息', '查阅、复制其个人信息', '请求更正、补充不准确或者不完整的个人信息', '在法定情形下请求删除个人信息'),
    answer: ['B', 'C', 'D'],
    explanation: '个人享有知情、决定、查阅复制、转移、更正补充、删除以及要求解释说明等权利;无权要求公开他人信息。',
  },
  {
    chapterCode: 'VIP-3.4', type: 'multiple', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '按照《民法典》,下列民事法律行为中属于无效的有(  )。',
    options: opts('违背公序良俗的', '行为人与相对人以虚假的意思表示实施的', '行为人与相对人恶意串通,损害他人合法权益的', '基于重大误解实施的'),
    answer: ['A', 'B', 'C'],
    explanation: '违背公序良俗、虚假意思表示、恶意串通损害他人权益的行为无效;基于重大误解实施的行为属于可撤销,而不是当然无效。',
  },
  {
    chapterCode: 'VIP-3.3', type: 'multiple', difficulty: 3, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '客户经理在工作中处理客户个人信息,符合《个人信息保护法》要求的做法有(  )。',
    options: opts('只收集办理业务所必需的信息', '告知客户处理的目的、方式和范围', '未经客户单独同意,把其身份证照片发给合作方', '按规定期限保存,到期后删除或者匿名化处理'),
    answer: ['A', 'B', 'D'],
    explanation: '最小必要、告知同意、限期保存都是法律要求;向其他处理者提供个人信息须告知并取得个人的单独同意。',
  },
  {
    chapterCode: 'VIP-3.4', type: 'multiple', difficulty: 4, requirement: 'master', usage: ['practice'],
    stem: '客户与公司签订宽带合约后,在合约期内要求提前解约。客户经理正确的处理有(  )。',
    options: opts('查阅合约中关于提前解约的约定并向客户说明', '按合约约定的违约责任处理,不额外加码', '拒绝受理,要求客户必须用满合约期', '客户对条款有异议的,核实办理时是否履行了提示说明义务'),
    answer: ['A', 'B', 'D'],
    explanation: '合约依法成立即有约束力,提前解约按约定承担违约责任;企业不能拒绝受理,也要核实格式条款是否依法提示说明。',
  },

  // ── 判断 ──
  {
    chapterCode: 'VIP-3.1', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '电信监督管理遵循政企分开、破除垄断、鼓励竞争、促进发展和公开、公平、公正的原则。',
    answer: true,
    explanation: '这是《电信条例》规定的电信监督管理原则。',
  },
  {
    chapterCode: 'VIP-3.1', type: 'judge', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '用户申告电信服务障碍,即使障碍是由用户自己的电信终端设备造成的,电信业务经营者也必须免收障碍期间的月租费用。',
    answer: false,
    explanation: '《电信条例》规定不能按期修复障碍的应免收障碍期间月租费,但属于电信终端设备原因造成的障碍除外。',
  },
  {
    chapterCode: 'VIP-3.2', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['exam'],
    stem: '消费者在购买、使用商品和接受服务时,享有人格尊严、民族风俗习惯得到尊重的权利,并享有个人信息依法得到保护的权利。',
    answer: true,
    explanation: '这是《消费者权益保护法》规定的受尊重权和个人信息受保护的权利。',
  },
  {
    chapterCode: 'VIP-3.3', type: 'judge', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '个人信息是以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息,经过匿名化处理后的信息仍属于个人信息。',
    answer: false,
    explanation: '《个人信息保护法》中的个人信息不包括匿名化处理后的信息,因为匿名化后无法识别特定自然人且不能复原。',
  },
  {
    chapterCode: 'VIP-3.3', type: 'judge', difficulty: 3, requirement: 'master', usage: ['exam'],
    stem: '个人信息处理者不得以个人不同意处理其个人信息为由拒绝提供产品或者服务,但处理个人信息属于提供该产品或者服务所必需的除外。',
    answer: true,
    explanation: '例如办理电话卡必须实名登记,属于提供服务所必需;但不能以客户拒绝营销信息为由拒绝办理业务。',
  },
  {
    chapterCode: 'VIP-3.4', type: 'judge', difficulty: 1, requirement: 'understand', usage: ['exam'],
    stem: '合同只能以书面形式订立,口头约定一律无效。',
    answer: false,
    explanation: '当事人订立合同可以采用书面形式、口头形式或者其他形式;法律、行政法规规定或当事人约定采用书面形式的,应当采用书面形式。',
  },
  {
    chapterCode: 'VIP-3.4', type: 'judge', difficulty: 2, requirement: 'familiar', usage: ['exam', 'practice'],
    stem: '提供格式条款的一方应当采取合理的方式,提示对方注意免除或者减轻其责任等与对方有重大利害关系的条款。',
    answer: true,
    explanation: '未履行提示或者说明义务,致使对方没有注意或者理解该条款的,对方可以主张该条款不成为合同的内容。',
  },
  {
    chapterCode: 'VIP-3.2', type: 'judge', difficulty: 2, requirement: 'understand', usage: ['practice'],
    stem: '消费者因经营者利用虚假广告提供商品或者服务,合法权益受到损害的,可以向经营者要求赔偿。',
    answer: true,
    explanation: '《消费者权益保护法》规定消费者可以向经营者要求赔偿;广告经营者、发布者依法也可能承担责任。',
  },

  // ── 简答 ──
  {
    chapterCode: 'VIP-3.2', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['exam'],
    stem: '简述《消费者权益保护法》规定的经营者主要义务(至少列出五项)。',
    explanation: '经营者义务与消费者权利相对应,客户经理在营销服务中处处都会涉及。',
    rubric: [
      { criterion: '提供真实、全面的信息,不作虚假或者引人误解的宣传', maxPoints: 2 },
      { criterion: '保障人身和财产安全,保证商品和服务的质量', maxPoints: 2 },
      { criterion: '出具发票等购货凭证或者服务单据,依法履行修理、更换、退货义务', maxPoints: 2 },
      { criterion: '不得以格式条款、通知、声明等作出对消费者不公平、不合理的规定', maxPoints: 2 },
      { criterion: '尊重消费者人格尊严,依法保护个人信息,听取意见、接受监督', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-3.3', type: 'short', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '简述客户经理在营销服务中收集和使用客户个人信息应当遵守的主要规则。',
    explanation: '核心是合法、正当、必要、诚信,告知同意,安全保护,不得非法提供。',
    rubric: [
      { criterion: '合法、正当、必要和诚信,只收集业务必需的信息', maxPoints: 3 },
      { criterion: '告知处理目的、方式和范围并取得同意,敏感信息须单独同意', maxPoints: 3 },
      { criterion: '采取安全措施,保密,按规定期限保存', maxPoints: 2 },
      { criterion: '不得非法买卖、提供或公开,客户拒绝营销信息的不得再发送', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-3.1', type: 'short', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '简述《电信条例》关于用户欠费处理的一般规定。',
    explanation: '经营移动电信业务的,可以与用户另行约定交费期限和方式,不受 30 日期限的限制。',
    rubric: [
      { criterion: '逾期不交的,可要求补交,并按所欠费用每日加收 3‰ 的违约金', maxPoints: 3 },
      { criterion: '超过收费约定期限 30 日仍不交的,可以暂停服务', maxPoints: 3 },
      { criterion: '暂停服务 60 日内仍未补交的,可以终止服务并依法追缴', maxPoints: 2 },
      { criterion: '用户补足费用和违约金后 48 小时内恢复暂停的服务', maxPoints: 2 },
    ],
  },

  // ── 案例分析 ──
  {
    chapterCode: 'VIP-3.4', type: 'case', difficulty: 4, requirement: 'master', usage: ['exam'],
    stem: '客户刘先生两年前办理了“存费送机”合约,合约期内因工作调动要求提前解约。他认为合约中“提前解约需支付剩余月份最低消费”的条款是“霸王条款”,并称办理时营业员没有特别提示。请从合同法律知识的角度进行分析,并说明客户经理应如何处理。',
    explanation: '合约依法成立即有约束力;但该条款是格式条款,企业是否履行了提示说明义务、违约金是否合理,直接影响处理结果。',
    rubric: [
      { criterion: '合约依法成立、有效,双方均应按约履行', maxPoints: 4 },
      { criterion: '该条款属格式条款:提供方应提示说明,未提示致客户未注意的,客户可主张其不成为合同内容;应核实签字确认等办理记录', maxPoints: 5 },
      { criterion: '违约责任按约定合理处理,不得额外加重客户责任', maxPoints: 4 },
      { criterion: '沟通解决:解释条款,协商可行方案,如合约变更或按实际情况核算', maxPoints: 5 },
      { criterion: '记录处理过程,反馈改进办理时的告知流程', maxPoints: 2 },
    ],
  },
  {
    chapterCode: 'VIP-3.3', type: 'case', difficulty: 5, requirement: 'master', usage: ['exam'],
    stem: '某营业厅为开展营销,要求前来办理业务的客户扫码填写问卷。问卷要求填写身份证号、家庭住址、月收入和家人的手机号码,并默认勾选“同意将信息提供给合作伙伴”。作为 VIP 客户经理,请指出其中不符合个人信息保护规定的地方,并提出整改建议。',
    explanation: '问卷存在超范围收集、默认勾选、未单独同意即向第三方提供、告知不充分等问题。',
    rubric: [
      { criterion: '超范围收集:营销问卷收集身份证号、收入、家人号码等,违反最小必要原则', maxPoints: 5 },
      { criterion: '默认勾选不是有效同意;向第三方提供个人信息须告知并取得单独同意', maxPoints: 5 },
      { criterion: '未告知处理目的、方式、范围和保存期限', maxPoints: 4 },
      { criterion: '整改:精简字段、明示告知、取消默认勾选并单独征得同意、加强安全保护、提供撤回途径', maxPoints: 6 },
    ],
  },
  {
    chapterCode: 'VIP-3.2', type: 'case', difficulty: 3, requirement: 'familiar', usage: ['practice'],
    stem: '某客户在营业厅购买了一部手机,营业员承诺“30 天内有质量问题包换”。客户使用到第 10 天时屏幕失灵,营业员却以“手机已经激活,不能换”为由拒绝。请从消费者权益保护的角度分析,并提出处理建议。',
    explanation: '经营者应当履行对消费者的承诺和法定的三包义务;以“已激活”为由拒绝,侵犯了消费者的合法权益。',
    rubric: [
      { criterion: '经营者应履行向消费者作出的承诺及法定的修理、更换、退货义务', maxPoints: 5 },
      { criterion: '营业员的做法违反承诺,侵犯消费者的公平交易权和依法求偿权', maxPoints: 5 },
      { criterion: '处理:检测确认属质量问题后按承诺换货', maxPoints: 5 },
      { criterion: '向客户致歉,并规范营业员的承诺和培训', maxPoints: 5 },
    ],
  },
];
