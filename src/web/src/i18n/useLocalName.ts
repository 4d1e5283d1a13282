import { useCallback } from 'react';
import { useLocale } from './useT.ts';

/** Picks the Chinese or English name of a reference item for the current language. */
export function useLocalName(): (zh: string, en: string | null | undefined) => string {
  const { locale } = useLocale();
  return useCallback((zh, en) => (locale === 'en' && en ? en : zh), [locale]);
}
