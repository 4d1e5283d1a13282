import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale/index.js';
import antdZhCN from 'antd/es/locale/zh_CN.js';
import antdEnUS from 'antd/es/locale/en_US.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import type { Locale } from '../../../schemas/errors.ts';
import { setApiLanguage } from '../api/client.ts';
import { zhCN, type MessageId } from './zh-CN.ts';
import { en } from './en.ts';
import { appTheme } from '../theme.ts';

export type Params = Record<string, string | number>;
export type Translate = (id: MessageId, params?: Params) => string;

export type I18nContextValue = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
};

export const I18nContext = createContext<I18nContextValue | null>(null);

const STORAGE_KEY = 'zimao.locale';
const catalogues: Record<Locale, Record<MessageId, string>> = { 'zh-CN': zhCN, en };
// antd ships no "exports" map, so under NodeNext its ES build is typed as CommonJS and TypeScript puts the
// default export one `.default` deeper than Vite delivers it. Unwrap whatever arrives until it is the locale.
function unwrapLocale(mod: unknown): AntdLocale {
  let value = mod as { locale?: unknown; default?: unknown };
  while (typeof value.locale !== 'string' && value.default !== undefined) value = value.default as typeof value;
  return value as AntdLocale;
}
const antdLocales: Record<Locale, AntdLocale> = { 'zh-CN': unwrapLocale(antdZhCN), en: unwrapLocale(antdEnUS) };

function initialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'zh-CN' || stored === 'en') return stored;
  } catch {
    // storage blocked: fall back to the default
  }
  return 'zh-CN';
}

export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type I18nProviderProps = { children: ReactNode };

/** Holds the chosen language (kept in localStorage), the message catalogue and antd's locale. */
export function I18nProvider({ children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // ignore: the choice then lasts for this page only
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    setApiLanguage(locale);
  }, [locale]);

  const value = useMemo<I18nContextValue>(() => {
    const catalogue = catalogues[locale];
    return { locale, setLocale, t: (id, params) => interpolate(catalogue[id], params) };
  }, [locale, setLocale]);

  // Set before children render so their first requests already carry the language.
  setApiLanguage(locale);

  return (
    <I18nContext.Provider value={value}>
      {/* No space inside two-character Chinese button labels: screen readers and tests see the word itself. */}
      <ConfigProvider locale={antdLocales[locale]} theme={appTheme} button={{ autoInsertSpace: false }}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
