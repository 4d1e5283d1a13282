// Ordinary deregistration after liquidation (MER Arts. 31–32; Company Law 2023 Arts. 232–239): the liquidation group
// is filed and announced (members and leader), creditors declare their claims within 45 days of the announcement,
// and only then may the enterprise apply, confirming its liquidation report.
import { z } from 'zod';
import { addCalendarDays } from './periods.ts';

export const LiquidationPeriods = z.object({
  dataset: z.literal('liquidation-periods'),
  formationDays: z.number().int().positive(),
  memberAnnouncementDays: z.number().int().positive(),
  claimDaysAfterAnnouncement: z.number().int().positive(),
});
export type LiquidationPeriods = z.infer<typeof LiquidationPeriods>;

/** Company Law 2023 Art. 229: the causes of dissolution that lead to liquidation. */
export const DissolutionCause = z.enum(['term-expired', 'shareholders-resolution', 'merger-or-division', 'licence-revoked-or-closed', 'court-order']);

export const LiquidationFiling = z.strictObject({
  cause: DissolutionCause,
  members: z.array(z.strictObject({ name: z.string().trim().min(1).max(200), idNumber: z.string().trim().min(4).max(40) })).min(1).max(50),
  leader: z.string().trim().min(1).max(200).describe('The head of the liquidation group: one of its members'),
  formedOn: z.iso.date().describe('The day the liquidation group was formed'),
});
export type LiquidationFiling = z.infer<typeof LiquidationFiling>;

export const LiquidationReport = z.strictObject({
  debtsSettled: z.literal(true, { error: 'the liquidation report must show the debts settled (Company Law Art. 236)' }),
  taxesCleared: z.literal(true, { error: 'the liquidation report must show the taxes cleared (MER Art. 32)' }),
  remainingAssetsDistributed: z.literal(true, { error: 'the remaining assets must be distributed to the shareholders (Art. 236)' }),
  confirmedBy: z.string().trim().min(1).max(500).describe('Who confirmed the report: the shareholders’ meeting or the court (Art. 239)'),
});
export type LiquidationReport = z.infer<typeof LiquidationReport>;

export interface LiquidationFinding {
  readonly code: string;
  readonly severity: 'block' | 'info';
  readonly field: string;
  readonly zh: string;
  readonly en: string;
  readonly legalBasis: string;
}

const COMPANY_LAW = '《中华人民共和国公司法》(2023年修订)';

/** Findings on a liquidation-group filing made on `today`, and the announcement's claims period. */
export function reviewLiquidationFiling(filing: LiquidationFiling, periods: LiquidationPeriods, today: string): { findings: LiquidationFinding[]; claimsUntil: string } {
  const findings: LiquidationFinding[] = [];
  if (!filing.members.some((m) => m.name === filing.leader)) {
    findings.push({ code: 'LIQ-01', severity: 'block', field: 'leader', zh: '清算组负责人应为清算组成员。', en: 'The head of the liquidation group must be one of its members.', legalBasis: `${COMPANY_LAW} 第二百三十二条` });
  }
  if (filing.formedOn > today) {
    findings.push({ code: 'LIQ-02', severity: 'block', field: 'formedOn', zh: '清算组成立日期不能晚于今天。', en: 'The liquidation group cannot be formed after today.', legalBasis: `${COMPANY_LAW} 第二百三十二条` });
  } else if (addCalendarDays(filing.formedOn, periods.memberAnnouncementDays) < today) {
    findings.push({ code: 'LIQ-03', severity: 'info', field: 'formedOn', zh: `清算组成员应自成立之日起${periods.memberAnnouncementDays}日内公告，本次备案已逾期。`, en: `The members should be announced within ${periods.memberAnnouncementDays} days of forming the group; this filing is late.`, legalBasis: '《中华人民共和国市场主体登记管理条例》第三十二条' });
  }
  // Art. 235: creditors declare their claims within 45 days of the announcement (the filing day announces it).
  return { findings, claimsUntil: addCalendarDays(today, periods.claimDaysAfterAnnouncement) };
}
