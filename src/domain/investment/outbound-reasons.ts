// The reasons classifyOutbound gives (domain-rules §12), each with the rule it applies and its legal basis.
import type { CodeHit } from './industry-codes.ts';
import { reason, type InvestmentReason } from './investment-schemas.ts';
import type { MofcomTier, NdrcTier } from './outbound-rules.ts';

/** Display names of the authorities the tiers name (a code list, not data). */
export const OUTBOUND_AUTHORITY_NAMES = Object.freeze({
  NDRC: { zh: '国家发展和改革委员会', en: 'the National Development and Reform Commission' },
  CQ_DRC: { zh: '重庆市发展和改革委员会', en: 'the Chongqing Municipal Development and Reform Commission' },
  MOFCOM: { zh: '商务部', en: 'the Ministry of Commerce' },
  CQ_COMMERCE: { zh: '重庆市商务委员会', en: 'the Chongqing Municipal Commission of Commerce' },
});

const PROCEDURE_NAMES = Object.freeze({
  approval: { zh: '核准', en: 'approval (核准)' },
  recordation: { zh: '备案', en: 'recordation (备案)' },
});

const ART_17 = 'Trial Measures Art. 17; NDRC Order No. 11 Arts. 13–14; MOFCOM Order 2014 No. 3 Arts. 6–7';

// Guarantees (ODI-01): the reason for the sensitivity answer, naming the grounds' Chinese names when sensitive.
export function sensitivityReason(sensitive: boolean, groundNames: readonly { zh: string; en: string }[]): InvestmentReason {
  if (!sensitive) {
    return reason('ODI-01', '不涉及敏感国家和地区、敏感行业：实行备案管理', 'no sensitive country or region and no sensitive industry: recordation', ART_17);
  }
  const zh = groundNames.map((g) => g.zh).join('；');
  const en = groundNames.map((g) => g.en).join('; ');
  return reason('ODI-01', `涉及敏感国家和地区或敏感行业（${zh}）：实行核准管理`, `sensitive country/region or industry (${en}): approval`, ART_17);
}

// Guarantees (ODI-02): the reason that both national tracks are handled on the case.
export function tracksReason(): InvestmentReason {
  return reason(
    'ODI-02',
    '境外投资须分别办理发展改革部门的项目核准或备案和商务主管部门的企业境外投资核准或备案（企业境外投资证书）',
    'both national tracks apply: project approval or recordation with the development and reform authority, and enterprise approval or recordation (the outbound investment certificate) with the commerce authority',
    'NDRC Order No. 11; MOFCOM Order 2014 No. 3',
  );
}

// Guarantees (ODI-03 / ODI-04): the reason naming the tier's procedure, authority and time limit, with its basis.
export function tierReason(code: 'ODI-03' | 'ODI-04', tier: NdrcTier | MofcomTier): InvestmentReason {
  const authority = OUTBOUND_AUTHORITY_NAMES[tier.authority];
  const procedure = PROCEDURE_NAMES[tier.procedure];
  const extensionZh = tier.extensionWorkingDays > 0 ? `，可延长${tier.extensionWorkingDays}个工作日` : '';
  const extensionEn = tier.extensionWorkingDays > 0 ? `, extendable by ${tier.extensionWorkingDays}` : '';
  return reason(
    code,
    `${code === 'ODI-03' ? '发展改革轨道' : '商务轨道'}：由${authority.zh}${procedure.zh}，${tier.workingDays}个工作日${extensionZh}（${tier.id}，可信度 ${tier.confidence}）`,
    `${code === 'ODI-03' ? 'NDRC track' : 'MOFCOM track'}: ${procedure.en} by ${authority.en} within ${tier.workingDays} working days${extensionEn} (${tier.id}, confidence ${tier.confidence})`,
    tier.legalBasis,
  );
}

// Guarantees (ODI-04, open item 14): the caveat that Chongqing's delegation of MOFCOM-track recordation is unverified.
export function delegationReason(): InvestmentReason {
  return reason(
    'ODI-04',
    '重庆市商务委员会是否按金额再下放备案权限尚未核实（待办事项14），请以重庆市商务委员会的规定为准',
    "whether Chongqing delegates MOFCOM-track recordation further by amount is unverified (open item 14); follow the Chongqing commission of commerce's own rule",
    'domain-rules ODI-04 and §13 item 14',
  );
}

// Guarantees (ODI-01): the reason asking the officer to confirm a sensitive industry that a code only suggests.
export function checkReason(entry: { nameZh: string; nameEn: string; legalBasis: string }, hits: readonly CodeHit[]): InvestmentReason {
  const codes = hits.map((h) => h.caseCode).join(', ');
  return reason(
    'ODI-01',
    `行业代码 ${codes} 可能涉及敏感行业“${entry.nameZh}”：请经办人核实，如属实应作为敏感行业申报`,
    `industry code ${codes} may fall under the sensitive industry "${entry.nameEn}": the officer must confirm and, if so, declare it`,
    entry.legalBasis,
  );
}

// Guarantees (NL-21): the reason that a coarse case code matched a finer code of the data, so the match is possible only.
export function coarseReason(hit: CodeHit, nameZh: string, nameEn: string): InvestmentReason {
  return reason(
    'NL-21',
    `行业代码 ${hit.caseCode} 比“${nameZh}”的代码 ${hit.dataCode} 更粗，按上下位匹配处理；请给出更细的代码以确认`,
    `industry code ${hit.caseCode} is coarser than ${hit.dataCode} of "${nameEn}" and matched up the hierarchy; give a finer code to confirm`,
    'domain-rules NL-21 (product rule)',
  );
}

// Guarantees: the reason that a country code is not on the configured list, which does not make it non-sensitive.
export function unlistedCountryReason(code: string, listSize: number): InvestmentReason {
  return reason(
    'ODI-01',
    `国家（地区）代码 ${code} 不在已配置的敏感国家名单中（名单现有 ${listSize} 项）；是否属于敏感国家和地区仍须经办人按类别判断`,
    `country code ${code} is not on the configured list of sensitive countries (${listSize} entries); whether it falls in a sensitive category is still for the officer`,
    'NDRC Order No. 11 Art. 13; reference-data/investment/outbound-rules.json namedSensitiveCountries',
  );
}
