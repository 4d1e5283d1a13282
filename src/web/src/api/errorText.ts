import { errorMessages, type ErrorCode, type Locale } from '../../../schemas/errors.ts';
import type { Translate } from '../i18n/I18nProvider.tsx';
import { ApiError, NETWORK_ERROR } from './client.ts';

function isKnownCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(errorMessages, code);
}

/** The text to show for an error: the catalogued message for its code in the current language, plus the field. */
export function errorText(error: unknown, locale: Locale, t: Translate): string {
  if (error instanceof ApiError) {
    let text: string;
    if (error.code === NETWORK_ERROR) text = t('common.error.network');
    else if (isKnownCode(error.code)) text = errorMessages[error.code][locale];
    else text = error.message !== '' ? error.message : t('common.error.unknown');
    if (error.field) text += t('common.error.field', { field: error.field });
    return text;
  }
  if (error instanceof Error && error.message !== '') return error.message;
  return t('common.error.unknown');
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 403 || error.code === 'FORBIDDEN');
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.code === 'UNAUTHENTICATED');
}
