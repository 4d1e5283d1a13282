import type { Locale } from '../../../../schemas/errors.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import type { Officer, RestrictionView } from './editionModel.ts';

// Guarantees: a condition in words, e.g. 中方股比不低于 34% / Chinese share at least 34%; an unknown type is shown
// as its code.
function baseText(r: RestrictionView, t: Translate): string {
  const percent = r.percent ?? '?';
  switch (r.type) {
    case 'PROHIBITED':
      return t('admission.restriction.PROHIBITED');
    case 'CN_CONTROL':
      return t('admission.restriction.CN_CONTROL');
    case 'CN_RELATIVE_CONTROL':
      return t('admission.restriction.CN_RELATIVE_CONTROL');
    case 'CN_MIN_SHARE':
      return t('admission.restriction.CN_MIN_SHARE', { percent });
    case 'FOREIGN_CAP':
      return t('admission.restriction.FOREIGN_CAP', { percent });
    case 'SINGLE_FOREIGN_CAP':
      return t('admission.restriction.SINGLE_FOREIGN_CAP', { percent });
    case 'JV_ONLY':
      return t('admission.restriction.JV_ONLY');
    case 'CN_LED':
      return t('admission.restriction.CN_LED');
    case 'NATIONALITY':
      return r.officer === 'principal'
        ? t('admission.restriction.NATIONALITY.principal')
        : t('admission.restriction.NATIONALITY.legal_representative');
    case 'LISTED':
      return t('admission.restriction.LISTED');
    default:
      return t('admission.restriction.unknown', { type: r.type });
  }
}

/** A condition with the activity it is scoped to, e.g. 外资比例不超过 50%（增值电信业务…）. */
export function restrictionText(r: RestrictionView, t: Translate, locale: Locale): string {
  const text = baseText(r, t);
  const scope = locale === 'en' ? (r.scopeEn ?? r.scopeZh) : r.scopeZh;
  return scope ? t('admission.restriction.scoped', { text, scope }) : text;
}

/** The day the condition lapses (NL-13), in words; undefined when it does not. */
export function sunsetText(r: RestrictionView, t: Translate): string | undefined {
  return r.sunsetOn ? t('admission.restriction.sunset', { date: r.sunsetOn }) : undefined;
}

const DESCRIBED = /^([A-Z_]+)(?: (\d+(?:\.\d+)?)%)?(?: (legal_representative|principal))?(?: \((.*)\))?(?: until (\d{4}-\d{2}-\d{2}))?$/;

/**
 * Reads back a condition as the differences endpoint writes it ('TYPE[ percent%][ officer][ (scopeZh)][ until
 * date]', see describeRestriction in the domain); a string of another shape is kept whole as the type.
 */
export function parseDescribedRestriction(text: string): RestrictionView {
  const m = DESCRIBED.exec(text);
  if (!m) return { type: text };
  const [, type = text, percent, officer, scopeZh, sunsetOn] = m;
  return {
    type,
    ...(percent !== undefined ? { percent: Number(percent) } : {}),
    ...(officer !== undefined ? { officer: officer as Officer } : {}),
    ...(scopeZh !== undefined ? { scopeZh } : {}),
    ...(sunsetOn !== undefined ? { sunsetOn } : {}),
  };
}

/** The tag colour of a condition: red for a prohibition, orange for an equity condition, blue otherwise. */
export function restrictionColor(type: string): string {
  if (type === 'PROHIBITED') return 'red';
  if (type === 'CN_CONTROL' || type === 'CN_RELATIVE_CONTROL' || type === 'CN_MIN_SHARE' || type === 'FOREIGN_CAP' || type === 'SINGLE_FOREIGN_CAP') {
    return 'orange';
  }
  return 'blue';
}
