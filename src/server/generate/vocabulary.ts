// The vocabulary of `zimao generate` (issue 8): what synthetic enterprises are made of. Bench data, chosen to look
// like a register of the zone, not statistics: the mix leans to trade, technology and business services as the
// Industrial Development Plan's clusters do. Industry wording is only words the name check recognises
// (reference-data/names/name-rules.json), so every generated name parses into the parts it was built from.

/** Characters trade names (字号) are made of: common in Chinese business names, each once. 业, 市, 中 and 国 are left out. */
export const TRADE_NAME_CHARS = [
  ...'华美金鑫源泰恒达兴盛昌隆丰瑞祥福康宏鸿红光明辉耀星月晨阳天海山川江河湖云峰岭林森松柏竹梅兰菊荷青蓝绿紫银宝玉翠晶亮博雅德义仁礼诚和合平正东南西北方圆顺畅捷迅驰腾飞翔龙凤鹏鹰虎豹鹿骏锦绣锐利启航远卓越优佳佰千万亿嘉禾乐喜悦欣怡宁静致弘毅景观元亨吉祺禧骐骥彩虹霞霖露雪风雷铭鼎汇聚融睿哲思维友邦朗峻巍勤拓展巴蜀渝璟瑜琪珑琳瀚泽涛洋沛浩淼恩惠慧益裕硕茂润',
];

/**
 * Industry wording by GB/T 4754-2017 code prefix (the longest prefix of a class's code that is listed decides): the
 * words a name of that industry carries. Classes under no listed prefix (public administration, banking, insurance,
 * social work, international organisations …) are not generated.
 */
export const WORDING_BY_CODE_PREFIX: Readonly<Record<string, readonly string[]>> = {
  '01': ['农业', '种植', '农业科技'], '02': ['林业'], '03': ['养殖'], '04': ['养殖'], '05': ['农业科技', '农业'],
  '06': ['矿业'], '07': ['矿业'], '08': ['矿业'], '09': ['矿业'], '10': ['矿业'],
  '13': ['食品', '农产品'], '14': ['食品'], '15': ['酒业'], '17': ['服装'], '18': ['服饰', '服装'], '23': ['印务', '印刷'],
  '26': ['化工'], '27': ['医药', '药业', '制药', '生物医药'], '28': ['新材料'], '29': ['新材料', '材料'], '30': ['材料'],
  '31': ['钢铁', '钢业'], '32': ['材料', '新材料'], '33': ['机械'], '34': ['机械设备', '机械', '设备'], '35': ['智能装备', '装备', '机械设备'],
  '358': ['医疗器械'], '36': ['汽车零部件', '汽车'], '37': ['装备'], '38': ['机电', '电子'], '39': ['电子科技', '电子'], '40': ['设备'],
  '42': ['环保'], '43': ['机电'],
  '44': ['电力', '新能源', '能源'], '45': ['能源'],
  '47': ['建筑工程', '建设工程', '建筑'], '48': ['建设工程', '工程'], '49': ['工程', '机电'], '50': ['装饰工程', '装饰', '装修'],
  '51': ['贸易', '商贸', '国际贸易', '进出口'], '5193': ['电子商务', '电商'], '52': ['商贸', '贸易'], '526': ['汽车销售'], '5292': ['电子商务', '电商'],
  '53': ['运输'], '54': ['运输', '物流'], '55': ['航运', '船务', '港务'], '56': ['航空'], '58': ['多式联运', '国际货运代理', '货运代理', '供应链管理'],
  '59': ['物流', '供应链'], '60': ['物流'],
  '61': ['酒店管理', '酒店'], '62': ['餐饮管理', '餐饮'],
  '63': ['网络', '网络技术'], '64': ['网络科技', '互联网科技', '网络技术'], '65': ['软件', '信息技术', '信息科技', '大数据', '人工智能', '智能科技', '软件技术'],
  '67': ['投资管理', '资产管理', '基金管理', '股权投资'], '69': ['投资', '融资租赁', '商业保理'],
  '70': ['房地产开发', '置业', '房地产'], '702': ['物业管理', '物业'],
  '71': ['租赁'], '72': ['企业管理咨询', '商务咨询', '咨询', '企业管理', '管理咨询', '商务信息'], '725': ['广告'], '726': ['人力资源', '劳务'], '727': ['安防'], '7291': ['旅游', '旅行社'],
  '73': ['科技', '技术', '生物科技', '生物技术'], '74': ['设计', '规划设计', '工程'], '75': ['科技', '技术', '环保科技', '生物科技'],
  '77': ['环保', '环境', '环保科技'],
  '805': ['健康管理', '健康'], '81': ['机电'],
  '83': ['教育科技', '教育', '培训'],
  '84': ['医疗', '医疗科技', '健康管理'],
  '86': ['传媒', '文化传媒'], '87': ['影视', '文化传媒'], '88': ['文化', '文化传播'], '89': ['文化'], '90': ['文化传播'],
};

/** How the register leans, by GB/T 4754 section: trade, business services and technology first. */
export const SECTION_WEIGHTS: Readonly<Record<string, number>> = {
  F: 30, L: 16, M: 12, I: 10, C: 8, G: 6, E: 5, K: 3, H: 3, R: 2, J: 1.5, P: 1.5, O: 0.8, Q: 0.5, N: 0.4, A: 0.5, D: 0.3, B: 0.2,
};

/** How enterprises spread over the areas: Liangjiang is the largest and the commercial core. Unknown areas get 1. */
export const AREA_WEIGHTS: Readonly<Record<string, number>> = { LJ: 62, XY: 22, GYG: 16 };

/** The division a name starts with (NAME-03: the municipality, with or without 市). */
export const NAME_DIVISIONS = [
  { text: '重庆', weight: 55 },
  { text: '重庆市', weight: 45 },
] as const;

/** Organisational forms (NAME-05) with the legal form they fit and how often each is drawn. */
export const NAME_FORMS = [
  { text: '有限公司', legalForm: 'limited-liability-company', weight: 72 },
  { text: '有限责任公司', legalForm: 'limited-liability-company', weight: 18 },
  { text: '股份有限公司', legalForm: 'joint-stock-company', weight: 10 },
] as const;

/**
 * Trade-name lengths (tiers) and how often each is drawn. `popular`: a few hundred short names many industries share
 * (华美科技, 华美贸易 …), so some trade names repeat across industries even in a small register.
 */
export const TRADE_NAME_TIERS = [
  { tier: 'popular', length: 2, weight: 8 },
  { tier: 'short', length: 2, weight: 22 },
  { tier: 'medium', length: 3, weight: 55 },
  { tier: 'long', length: 4, weight: 15 },
] as const;
export const POPULAR_TRADE_NAMES = 400;

/** Surnames of synthetic investors: common ones (百家姓 as used today), each once. */
export const PERSON_SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞'];
/** Characters of their given names. */
export const PERSON_GIVEN_CHARS = [...'伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红辉建波宁鹏飞斌峰燕晨浩宇欣怡佳琪子涵梓轩雨彤思远文博'];
/** Countries of the few foreign investors, with their passport format's letter. */
export const FOREIGN_COUNTRIES = ['DE', 'SG', 'US', 'JP', 'KR', 'GB', 'FR', 'HK'] as const;
