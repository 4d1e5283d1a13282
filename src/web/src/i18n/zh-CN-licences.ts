/** Messages of the electronic business licence (电子营业执照, issue 6): the public verification pages. */
export const zhCNLicences = {
  'nav.menu.verifyLicence': '电子营业执照核验',
  'home.card.verifyLicence': '核验电子营业执照的平台签名、是否为最新版本，以及企业当前的登记状态。',

  // /verify: paste the signed JSON
  'licences.page.title': '电子营业执照核验',
  'licences.page.intro':
    '电子营业执照与纸质营业执照具有同等法律效力。粘贴电子营业执照的签名 JSON，核验平台签名、是否为本平台签发的最新版本，以及企业当前的登记状态；扫描执照上的二维码可直接打开该版本的核验页。核验无需登录。',
  'licences.page.keysLink': '平台公钥',
  'licences.form.heading': '签名 JSON',
  'licences.form.json': '电子营业执照（签名 JSON）',
  'licences.form.jsonHelp': '形如 {"document": {…}, "signature": "…"}；可从 /api/licences/{统一社会信用代码} 取得。',
  'licences.form.jsonRequired': '请粘贴签名 JSON',
  'licences.form.jsonInvalid': '不是有效的 JSON：{problem}',
  'licences.form.shapeInvalid': '须为含 document（对象）和 signature（字符串）的 JSON 对象',
  'licences.form.submit': '核验',

  // The answer
  'licences.result.heading': '核验结果',
  'licences.verdict.valid': '核验通过：本平台签发的最新版营业执照，企业存续',
  'licences.verdict.superseded': '签名有效，但此版本已被更新的营业执照取代',
  'licences.verdict.inactive': '签名有效，但企业当前的登记状态不是存续',
  'licences.verdict.invalid': '核验未通过：签名无效，或不是本平台签发的营业执照',
  'licences.result.signature': '签名',
  'licences.result.signatureValid': '有效（Ed25519）',
  'licences.result.signatureInvalid': '无效',
  'licences.result.keyId': '密钥标识',
  'licences.result.knownKey': '平台公布的密钥',
  'licences.result.unknownKey': '不是平台公布的密钥',
  'licences.result.issued': '签发记录',
  'licences.result.issuedYes': '本平台签发过此执照',
  'licences.result.issuedNo': '无签发记录',
  'licences.result.version': '版本',
  'licences.result.versionValue': '第 {version} 版',
  'licences.result.current': '当前有效版本',
  'licences.result.superseded': '已被取代（最新为第 {latest} 版）',
  'licences.result.supersededAt': '取代时间：{at}',
  'licences.result.enterprise': '企业当前状态',
  'licences.result.noEnterprise': '登记簿上没有此企业',
  'licences.result.reasons': '说明',
  'licences.result.latestLink': '查看最新版本',
  'licences.result.none': '—',

  // The fields of the licence
  'licences.fields.heading': '执照内容',
  'licences.fields.uscc': '统一社会信用代码',
  'licences.fields.name': '名称',
  'licences.fields.entityType': '类型',
  'licences.fields.legalRepresentative': '法定代表人',
  'licences.fields.registeredCapital': '注册资本',
  'licences.fields.registeredCapitalValue': '人民币 {amount} 元',
  'licences.fields.establishedOn': '成立日期',
  'licences.fields.businessScope': '经营范围',
  'licences.fields.domicile': '住所',
  'licences.fields.registrationAuthority': '登记机关',
  'licences.fields.issuedOn': '发照日期',
  'licences.fields.integratedCertificates': '多证合一',
  'licences.fields.version': '版本',

  // /verify/licence/:uscc/:version, what the QR code opens
  'licences.version.title': '电子营业执照核验：{uscc} 第 {version} 版',
  'licences.version.intro': '这是电子营业执照二维码打开的核验页：本页取回该版本的签名文件，由平台核验签名、版本和企业当前状态。',
  'licences.version.downloadPdf': '下载 PDF',
  'licences.version.verifyOther': '核验其他执照',
  'licences.version.loading': '正在核验…',
  'licences.version.badAddress': '核验地址有误：须为 /verify/licence/统一社会信用代码/版本号',

  // Enterprise status on the register
  'licences.status.registered': '存续（在营）',
  'licences.status.deregistered': '注销',
  'licences.status.revoked': '吊销',
} satisfies Record<string, string>;

export type LicencesMessageId = keyof typeof zhCNLicences;
