// What the business licence shows of a registered enterprise (MER Art. 21: name, USCC, type, legal representative,
// scope, registered capital, domicile, date of establishment, registration authority), derived from the form.
import { isForeign, type EstablishmentForm } from './establishment-form.ts';
import type { ScopeItem } from './registration-data.ts';

/** 企业类型 as the licence writes it. */
export function entityTypeText(form: EstablishmentForm): string {
  const foreign = form.investors.some(isForeign);
  if (form.legalForm === 'joint-stock-company') return foreign ? '股份有限公司(外商投资、未上市)' : '股份有限公司(非上市)';
  if (foreign) return form.investors.every(isForeign) ? '有限责任公司(外国法人独资)' : '有限责任公司(中外合资)';
  return form.investors.every((i) => i.kind === 'person') ? '有限责任公司(自然人投资或控股)' : '有限责任公司';
}

/**
 * The scope text in the catalogue's wording (MER Art. 14): general items, then licensed and pre-approval items with
 * the standard reminder that they are carried on only after approval.
 */
export function businessScopeText(items: readonly ScopeItem[]): string {
  const general = items.filter((i) => i.kind === 'general').map((i) => i.zh);
  const licensed = items.filter((i) => i.kind !== 'general').map((i) => i.zh);
  const parts: string[] = [];
  if (licensed.length > 0) parts.push(`许可项目：${licensed.join('；')}（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）`);
  if (general.length > 0) parts.push(`一般项目：${general.join('；')}（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）`);
  return parts.join('。');
}
