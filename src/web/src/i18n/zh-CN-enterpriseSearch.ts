/** Messages of the public enterprise search (企业信息查询, 企业信息公示暂行条例 Art. 6) and its open-data download. */
export const zhCNEnterpriseSearch = {
  'nav.menu.enterpriseSearch': '企业信息查询',
  'home.card.enterpriseSearch': '按企业名称或统一社会信用代码查询自贸试验区登记的企业，或下载全部企业名录。',

  // /enterprise-search
  'enterpriseSearch.page.title': '企业信息查询',
  'enterpriseSearch.page.intro': '查询自贸试验区内登记的企业：公示营业执照上的登记事项，不含法定代表人、股东等个人信息。',
  'enterpriseSearch.search.label': '企业名称或统一社会信用代码',
  'enterpriseSearch.search.placeholder': '如：云启，或 18 位统一社会信用代码',
  'enterpriseSearch.search.hint': '请输入企业名称中的至少两个字，或完整的 18 位统一社会信用代码。',
  'enterpriseSearch.search.submit': '查询',
  'enterpriseSearch.result.count': '找到 {count} 家企业',
  'enterpriseSearch.result.more': '匹配的企业较多，仅显示前 {count} 家；请输入更完整的名称',
  'enterpriseSearch.result.empty': '没有名称或信用代码与“{q}”匹配的企业',
  'enterpriseSearch.column.name': '企业名称',
  'enterpriseSearch.column.uscc': '统一社会信用代码',
  'enterpriseSearch.column.status': '登记状态',
  'enterpriseSearch.column.entityType': '企业类型',
  'enterpriseSearch.column.capital': '注册资本（元）',
  'enterpriseSearch.column.establishedOn': '成立日期',
  'enterpriseSearch.column.area': '片区',

  // The open-data snapshot
  'enterpriseSearch.openData.heading': '开放数据',
  'enterpriseSearch.openData.download': '下载全部企业名录（CSV，gzip 压缩）',
  'enterpriseSearch.openData.note': '名录只含营业执照上的登记事项，不含任何个人信息。',
} satisfies Record<string, string>;

export type EnterpriseSearchMessageId = keyof typeof zhCNEnterpriseSearch;
