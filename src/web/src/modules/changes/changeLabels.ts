// Message ids of change registration and the register history, written out in full so a search finds every use. Each
// map is keyed by its union (from the API schema), so a value added there without a label is a compile error.
import type { ChangeView, RegisterEntryView } from '../../../../schemas/changes.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import type { MessageId } from '../../i18n/zh-CN.ts';

export type ChangeField = ChangeView['changedFields'][number];

export const changeFieldLabels: Record<ChangeField, MessageId> = {
  name: 'change.field.name',
  domicile: 'change.field.domicile',
  registeredCapitalYuan: 'change.field.registeredCapitalYuan',
  investors: 'change.field.investors',
  legalRepresentative: 'change.field.legalRepresentative',
  directors: 'change.field.directors',
  supervisors: 'change.field.supervisors',
  managers: 'change.field.managers',
  businessScope: 'change.field.businessScope',
  preApprovals: 'change.field.preApprovals',
  foreignControl: 'change.field.foreignControl',
};

export const changeKindLabels: Record<ChangeView['kind'], MessageId> = {
  change: 'change.kind.change',
  filing: 'change.kind.filing',
};

export const entryKindTags: Record<RegisterEntryView['kind'], { id: MessageId; color: string }> = {
  establishment: { id: 'enterprise.entry.establishment', color: 'green' },
  change: { id: 'enterprise.entry.change', color: 'blue' },
  filing: { id: 'enterprise.entry.filing', color: 'cyan' },
  deregistration: { id: 'enterprise.entry.deregistration', color: 'default' },
};

/** A list of changed particulars in words (名称、住所). */
export function fieldList(fields: readonly string[], t: Translate): string {
  return fields.map((f) => (f in changeFieldLabels ? t(changeFieldLabels[f as ChangeField]) : f)).join(t('common.list.separator'));
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** What a register entry records, in lines of words; keys this page has no words for are shown as they are. */
export function entryLines(entry: RegisterEntryView, t: Translate): string[] {
  const s = entry.summary;
  const lines: string[] = [];
  const known = new Set<string>();
  const use = (...keys: string[]) => keys.forEach((k) => known.add(k));
  if (entry.kind === 'establishment') {
    use('name', 'establishedOn');
    if (s.name !== undefined) lines.push(t('enterprise.entry.name', { name: text(s.name) }));
    if (s.establishedOn !== undefined) lines.push(t('enterprise.entry.establishedOn', { date: text(s.establishedOn) }));
  } else if (entry.kind === 'change' || entry.kind === 'filing') {
    use('changeApplicationId', 'registrationItems', 'filings', 'formerName', 'name', 'domicile', 'areaCode', 'licenceVersion');
    if (strings(s.registrationItems).length > 0) lines.push(t('enterprise.entry.registrationItems', { fields: fieldList(strings(s.registrationItems), t) }));
    if (strings(s.filings).length > 0) lines.push(t('enterprise.entry.filings', { fields: fieldList(strings(s.filings), t) }));
    if (s.formerName !== undefined && s.name !== undefined) lines.push(t('enterprise.entry.renamed', { from: text(s.formerName), to: text(s.name) }));
    if (s.domicile !== undefined) lines.push(t('enterprise.entry.domicile', { address: text(s.domicile) }));
    if (typeof s.licenceVersion === 'number') lines.push(t('enterprise.entry.licenceVersion', { version: s.licenceVersion }));
    if (s.filing === 'articles' || s.filing === 'articles-amendment') {
      // 章程备案 (articles.ts on the server): the day adopted, and the SHA-256 of the document filed.
      use('filing', 'adoptedOn', 'sha256', 'filingId');
      lines.push(t(s.filing === 'articles' ? 'enterprise.entry.articles' : 'enterprise.entry.articlesAmendment', { date: text(s.adoptedOn), sha: text(s.sha256).slice(0, 12) }));
    }
  } else if (s.route === 'summary' || s.route === 'summary-individual') {
    use('route', 'noticeId', 'noticeFrom', 'noticeTo', 'on');
    const id = s.route === 'summary' ? 'enterprise.entry.summaryRoute' : 'enterprise.entry.summaryIndividualRoute';
    lines.push(t(id, { from: text(s.noticeFrom), to: text(s.noticeTo), on: text(s.on) }));
  }
  for (const [key, value] of Object.entries(s)) {
    if (!known.has(key) && value !== null && value !== undefined) lines.push(t('enterprise.entry.other', { key, value: text(value) }));
  }
  return lines;
}
