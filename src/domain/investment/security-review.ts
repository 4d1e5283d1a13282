// Foreign-investment national security review (外商投资安全审查办法, Order No. 37, Art. 4; FIL Art. 35; NL-15: the
// review applies beside the negative list) and the Plan V.(V) referral. Flags a case for referral with its grounds:
// item 1 fields (military, around military facilities) whatever the control; item 2 key fields only with actual
// control; any of the five sensitivity dimensions. Pure: fields and our GB/T mapping come from security-review-fields.ts.
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { CaseIndustryCodes, checkIndustryCodes, codeHits, type CodeHit, type IndustryOptions } from './industry-codes.ts';
import { assertCovered, parseInput, reason, type Confidence, type InvestmentReason } from './investment-schemas.ts';
import { SECURITY_REVIEW, SENSITIVITY_DIMENSIONS, type ReviewField, type SecurityReviewData, type SensitivityDimension } from './security-review-fields.ts';

/** true, or a short description of what makes the dimension sensitive (also true). */
const DimensionValue = z.union([z.boolean(), z.string().min(1).max(500)]);

export const SecurityReviewInput = z.strictObject({
  industryCodes: CaseIndustryCodes,
  /** All foreign investors together, percent of the equity. */
  foreignShare: z.number().min(0).max(100),
  /** Art. 4 para. 2 item 3: other ways to significant influence over business decisions, personnel, finance, technology. */
  acquiresActualControl: z.boolean().optional(),
  /** Art. 4 para. 2 item 2: below 50% but voting rights with significant influence on board or shareholder resolutions. */
  votingInfluence: z.boolean().optional(),
  /** Art. 4 para. 1 item 1: investment in areas around military or military-industry facilities. */
  nearMilitaryFacility: z.boolean().optional(),
  /** Fields the officer finds the investment to fall in (keys of the data), e.g. military, key-technologies. */
  declaredFields: z.array(z.string().regex(/^[a-z][a-z-]*$/)).max(12).optional(),
  sensitivityDimensions: z.strictObject(Object.fromEntries(SENSITIVITY_DIMENSIONS.map((d) => [d, DimensionValue.optional()])) as Record<SensitivityDimension, z.ZodOptional<typeof DimensionValue>>).optional(),
  /** The investment date; when given, it must not precede Order No. 37. */
  date: z.iso.date().optional(),
});
export type SecurityReviewInput = z.input<typeof SecurityReviewInput>;

export type ControlTestKey = 'share' | 'voting' | 'other';

export interface SecurityReviewGround {
  /** A field key of the data, or a sensitivity dimension. */
  readonly field: string;
  readonly kind: 'field' | 'dimension';
  readonly via: 'industry-code' | 'declared' | 'location' | 'dimension';
  readonly reasonZh: string;
  readonly reasonEn: string;
  readonly legalBasis: string;
  readonly confidence: Confidence;
  readonly codeHits: readonly CodeHit[];
}

export interface SecurityReviewFlags {
  readonly flagged: boolean;
  /** Art. 4 para. 2: acquired when any test holds; `by` lists them. */
  readonly actualControl: { readonly acquired: boolean; readonly by: readonly ControlTestKey[] };
  readonly grounds: readonly SecurityReviewGround[];
  readonly reasons: readonly InvestmentReason[];
}

const PLAN_V5 = 'Industrial Development Plan 2018–2020 V.(V)';

// Guarantees: flagged exactly when there is a ground: an item 1 field (declared, by code, or nearMilitaryFacility)
// whatever the control; an item 2 field (declared or by code, NL-21 both ways) with actual control (foreignShare ≥ the
// data's 50, votingInfluence or acquiresActualControl); or a sensitivity dimension set (true or a description).
// A case with no foreign share and no control is not a foreign investment and is never flagged. Throws AppError
// INVALID_REQUEST for bad input (naming the field), an unknown declared field, or a date before the data.
export function securityReviewFlags(input: SecurityReviewInput, options: IndustryOptions & { data?: SecurityReviewData } = {}): SecurityReviewFlags {
  const parsed = parseInput(SecurityReviewInput, input);
  const data = options.data ?? SECURITY_REVIEW;
  if (parsed.date !== undefined) assertCovered(parsed.date, data.effectiveFrom, 'Security-review fields (Order No. 37)');
  checkIndustryCodes(parsed.industryCodes, options);
  const control = data.actualControl;
  const by: ControlTestKey[] = [];
  if (parsed.foreignShare >= control.shareThresholdPercent) by.push('share');
  if (parsed.votingInfluence === true) by.push('voting');
  if (parsed.acquiresActualControl === true) by.push('other');
  const actualControl = Object.freeze({ acquired: by.length > 0, by: Object.freeze(by) });
  if (parsed.foreignShare === 0 && by.length === 0) {
    const notForeign = reason('SR-NOT-FOREIGN', '无外国投资者持股或控制：不属于外商投资，不作安全审查标记', 'no foreign share and no foreign control: not a foreign investment, nothing to flag', 'FIL Art. 2; Order No. 37 Art. 2');
    return Object.freeze({ flagged: false, actualControl, grounds: [], reasons: [notForeign] });
  }

  const grounds: SecurityReviewGround[] = [];
  const reasons: InvestmentReason[] = [];
  const declared = new Set(parsed.declaredFields ?? []);
  for (const key of declared) {
    if (!data.fields.some((f) => f.key === key)) throw new AppError('INVALID_REQUEST', { field: 'declaredFields', message: `unknown security-review field: ${key}`, details: { key } });
  }
  const byText = by.map((k) => control.tests.find((t) => t.key === k)).filter((t) => t !== undefined);
  for (const field of data.fields) {
    const hits = codeHits(parsed.industryCodes, field.industryCodes, options);
    const location = field.key === 'near-military-facility' && parsed.nearMilitaryFacility === true;
    const via = declared.has(field.key) ? 'declared' : location ? 'location' : hits.length > 0 ? 'industry-code' : undefined;
    if (via === undefined) continue;
    if (field.controlRequired && !actualControl.acquired) {
      reasons.push(reason('SR-ART4-2', `涉及“${field.nameZh}”，但外国投资者未取得实际控制权：无须申报`, `"${field.nameEn}" is touched, but no actual control is acquired: no filing under item 2`, `${field.legalBasis}; ${control.legalBasis}`));
      continue;
    }
    grounds.push(fieldGround(field, via, via === 'industry-code' ? hits : [], byText));
  }
  for (const dimension of SENSITIVITY_DIMENSIONS) {
    const value = parsed.sensitivityDimensions?.[dimension];
    if (value === undefined || value === false) continue;
    const meta = data.sensitivityDimensions.find((d) => d.key === dimension);
    const note = typeof value === 'string' ? `：${value}` : '';
    grounds.push(Object.freeze({
      field: dimension, kind: 'dimension' as const, via: 'dimension' as const,
      reasonZh: `${meta?.nameZh ?? dimension}${note}：按规划要求提请安全审查研判`,
      reasonEn: `${meta?.nameEn ?? dimension}${typeof value === 'string' ? `: ${value}` : ''}: refer for security-review assessment (Plan V.(V))`,
      legalBasis: PLAN_V5, confidence: meta?.confidence ?? 'high', codeHits: [],
    }));
  }
  if (grounds.length > 0) {
    reasons.unshift(reason('SR-FLAGGED', `应提请外商投资安全审查研判（${grounds.length} 项依据）；由外商投资安全审查工作机制办公室决定是否审查`,
      `flag for security-review referral (${grounds.length} ground(s)); the working-mechanism office decides whether to review`, `Order No. 37 Art. 4; FIL Art. 35; ${PLAN_V5}`));
  }
  return Object.freeze({ flagged: grounds.length > 0, actualControl, grounds, reasons });
}

// Guarantees: the ground for one Art. 4 field, saying how it was found and, for item 2, which control test holds.
function fieldGround(field: ReviewField, via: 'declared' | 'location' | 'industry-code', hits: readonly CodeHit[], control: readonly { nameZh: string; nameEn: string }[]): SecurityReviewGround {
  const found = via === 'industry-code'
    ? { zh: `行业代码 ${hits.map((h) => h.caseCode).join(', ')} 对应（我方映射，“重要”与否须经办人确认）`, en: `industry code ${hits.map((h) => h.caseCode).join(', ')} maps to it (our mapping; whether it is "important" is for the officer)` }
    : via === 'location' ? { zh: '投资地位于军事设施或军工设施周边', en: 'the investment lies around military or military-industry facilities' }
      : { zh: '经办人认定', en: "officer's finding" };
  const rule = field.controlRequired
    ? { zh: `且取得实际控制权（${control.map((c) => c.nameZh).join('；')}）`, en: `and actual control is acquired (${control.map((c) => c.nameEn).join('; ')})` }
    : { zh: '不论是否取得控制权', en: 'whatever the control' };
  return Object.freeze({
    field: field.key, kind: 'field' as const, via,
    reasonZh: `涉及“${field.nameZh}”（${found.zh}），${rule.zh}：应在投资前申报安全审查`,
    reasonEn: `"${field.nameEn}" (${found.en}), ${rule.en}: to be filed for security review before investing`,
    legalBasis: field.legalBasis, confidence: field.mappingConfidence !== null && via === 'industry-code' ? field.mappingConfidence : field.confidence, codeHits: hits,
  });
}
