// Foreign-funded investment projects (the project track of domain-rules §2.4): recordation with an instant receipt
// number (Trial Measures Art. 12; 企业投资项目核准和备案管理条例 Arts. 3, 13), unless a configured rule of
// reference-data/investment/project-rules.json requires approval (核准) — a file with a time limit (条例 Art. 10).
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { CaseIndustryCodes, checkIndustryCodes, codeHits, type CodeHit, type IndustryOptions } from './industry-codes.ts';
import { assertCovered, inForce, parseInput, reason, type InvestmentReason } from './investment-schemas.ts';
import { AUTHORITY_RANK, PROJECT_RULES, type ProjectAuthority, type ProjectRule, type ProjectRules } from './project-rules.ts';

export const ProjectInput = z.strictObject({
  /** The application date: selects the rules in force. */
  date: z.iso.date(),
  industryCodes: CaseIndustryCodes,
  totalInvestmentYuan: z.number().min(0),
  /** Needed only when a rule with a USD threshold applies (the restricted-field rules). */
  totalInvestmentUsd: z.number().min(0).optional(),
  /** The project lies in a field the negative list restricts (from the admission check, NL-22). */
  negativeListRestricted: z.boolean().optional(),
});
export type ProjectInput = z.input<typeof ProjectInput>;

export interface ProjectClassification {
  readonly procedure: 'recordation' | 'approval';
  /** The rule that decides (highest authority among the matches); absent for recordation. */
  readonly rule?: ProjectRule;
  readonly matchedRules: readonly ProjectRule[];
  readonly authority: ProjectAuthority;
  /** Recordation is complete on filing: the receipt number is issued at once. */
  readonly instant: boolean;
  readonly workingDays?: number;
  readonly extensionWorkingDays?: number;
  readonly legalBasis: string;
  readonly reasons: readonly InvestmentReason[];
}

/** Display names of the authorities (a code list, not data). */
export const PROJECT_AUTHORITY_NAMES: Readonly<Record<ProjectAuthority, { zh: string; en: string }>> = Object.freeze({
  STATE_COUNCIL: { zh: '国务院', en: 'the State Council' },
  NDRC: { zh: '国家发展和改革委员会', en: 'the National Development and Reform Commission' },
  CQ_DRC: { zh: '重庆市发展和改革委员会', en: 'the Chongqing Municipal Development and Reform Commission' },
  LOCAL_DRC: { zh: '项目所在地发展改革部门', en: 'the development and reform department where the project is' },
});

// Guarantees: recordation when no rule in force matches, else approval by the matching rule of highest authority
// (ties: data order) with the approval time limit of the data. A rule matches when every condition it has holds:
// a case code matches one of its codes (NL-21, both ways), the project is negative-list restricted, the total
// investment in the rule's currency is at least the threshold. Throws AppError INVALID_REQUEST for bad input, a
// date before the data, or a USD threshold to test without totalInvestmentUsd (field totalInvestmentUsd).
export function classifyProject(input: ProjectInput, options: IndustryOptions & { rules?: ProjectRules } = {}): ProjectClassification {
  const parsed = parseInput(ProjectInput, input);
  const data = options.rules ?? PROJECT_RULES;
  assertCovered(parsed.date, data.effectiveFrom, 'Project approval and recordation rules (State Council Order No. 673)');
  checkIndustryCodes(parsed.industryCodes, options);
  const reasons: InvestmentReason[] = [];
  const matched: ProjectRule[] = [];
  for (const rule of data.rules) {
    if (!inForce(rule, parsed.date)) continue;
    const hits = codeHits(parsed.industryCodes, rule.industryCodes, options);
    if (rule.industryCodes.length > 0 && hits.length === 0) continue;
    if (rule.requiresNegativeListRestricted && parsed.negativeListRestricted !== true) continue;
    if (rule.minTotalInvestment !== null && amountIn(rule, parsed) < rule.minTotalInvestment.amount) continue;
    matched.push(rule);
    for (const hit of hits.filter((h) => h.coarser)) reasons.push(coarseReason(hit, rule));
  }
  const [winner] = [...matched].sort((a, b) => AUTHORITY_RANK[b.authority] - AUTHORITY_RANK[a.authority]);
  if (winner === undefined) {
    const { recordation } = data;
    reasons.unshift(reason('PRJ-RECORDATION', '未命中需核准的规则：实行备案管理，告知项目信息即完成备案，当即出具回执号',
      'no approval rule applies: recordation, complete once the project information is filed; a receipt number is issued at once', recordation.legalBasis));
    return Object.freeze({ procedure: 'recordation', matchedRules: [], authority: recordation.authority, instant: true, legalBasis: recordation.legalBasis, reasons });
  }
  const limit = data.approvalTimeLimit;
  const name = PROJECT_AUTHORITY_NAMES[winner.authority];
  const legalBasis = `政府核准的投资项目目录 (${winner.id}: ${winner.catalogueItem}); ${limit.legalBasis}`;
  const kind = winner.illustrative ? 'Illustrative rule drawn from the catalogue category' : 'Catalogue rule';
  const note = winner.note === undefined ? '' : `: ${winner.note}`;
  reasons.unshift(
    reason(winner.id, `属于需核准事项“${winner.nameZh}”：由${name.zh}核准，${limit.workingDays}个工作日，可延长${limit.extensionWorkingDays}个工作日`,
      `"${winner.nameEn}" needs approval (核准) by ${name.en}: ${limit.workingDays} working days, extendable by ${limit.extensionWorkingDays}`, legalBasis),
    reason(winner.id, `目录条目：${winner.catalogueItem}`,
      `${kind} (confidence ${winner.confidence}, mapping ${winner.mappingConfidence ?? 'n/a'})${note}`, 'reference-data/investment/project-rules.json'),
  );
  for (const other of matched.filter((r) => r !== winner)) {
    reasons.push(reason(other.id, `同时命中“${other.nameZh}”（核准机关层级较低或相同，以“${winner.nameZh}”为准）`,
      `also matches "${other.nameEn}" (same or lower authority; "${winner.nameEn}" decides)`, other.catalogueItem));
  }
  return Object.freeze({
    procedure: 'approval', rule: winner, matchedRules: matched, authority: winner.authority, instant: false,
    workingDays: limit.workingDays, extensionWorkingDays: limit.extensionWorkingDays, legalBasis, reasons,
  });
}

// Guarantees: zimao's receipt number for a recorded project, e.g. 渝自贸外备〔2025〕000123 (prefix, year in 〔〕, the
// sequence zero-padded to the data's digits). Throws AppError INVALID_REQUEST naming `year` (an integer 1900–9999)
// or `sequence` (an integer from 1 that fits the digits).
export function recordationNumber(year: number, sequence: number, data: ProjectRules = PROJECT_RULES): string {
  const { prefix, sequenceDigits } = data.recordationNumber;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new AppError('INVALID_REQUEST', { field: 'year', message: `year must be an integer 1900–9999, got ${year}` });
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence >= 10 ** sequenceDigits) {
    throw new AppError('INVALID_REQUEST', { field: 'sequence', message: `sequence must be an integer 1–${10 ** sequenceDigits - 1}, got ${sequence}` });
  }
  return `${prefix}〔${year}〕${String(sequence).padStart(sequenceDigits, '0')}`;
}

// Guarantees: the total investment in the rule's threshold currency; AppError INVALID_REQUEST when USD is needed and absent.
function amountIn(rule: ProjectRule, input: { totalInvestmentYuan: number; totalInvestmentUsd?: number | undefined }): number {
  if (rule.minTotalInvestment?.currency !== 'USD') return input.totalInvestmentYuan;
  if (input.totalInvestmentUsd !== undefined) return input.totalInvestmentUsd;
  throw new AppError('INVALID_REQUEST', { field: 'totalInvestmentUsd', message: `rule ${rule.id} has a USD threshold: give totalInvestmentUsd`, details: { rule: rule.id } });
}

// Guarantees (NL-21): the reason that a coarse case code matched a finer code of the rule.
function coarseReason(hit: CodeHit, rule: ProjectRule): InvestmentReason {
  return reason('NL-21', `行业代码 ${hit.caseCode} 比规则“${rule.nameZh}”的代码 ${hit.dataCode} 更粗，按上下位匹配处理；请给出更细的代码以确认`,
    `industry code ${hit.caseCode} is coarser than ${hit.dataCode} of "${rule.nameEn}" and matched up the hierarchy; give a finer code to confirm`, 'domain-rules NL-21 (product rule)');
}
