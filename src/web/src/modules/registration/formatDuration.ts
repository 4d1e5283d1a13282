import type { Translate } from '../../i18n/I18nProvider.tsx';

/** Seconds from filing to registration in words: 42 秒, 3 分 5 秒, 2 小时 10 分, 1 天 4 小时. */
export function formatDuration(seconds: number | null | undefined, t: Translate): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  if (seconds < 1) return t('registration.duration.underSecond');
  const s = Math.round(seconds);
  if (s < 60) return t('registration.duration.seconds', { s });
  if (s < 3600) return t('registration.duration.minutes', { m: Math.floor(s / 60), s: s % 60 });
  if (s < 86_400) return t('registration.duration.hours', { h: Math.floor(s / 3600), m: Math.floor((s % 3600) / 60) });
  return t('registration.duration.days', { d: Math.floor(s / 86_400), h: Math.floor((s % 86_400) / 3600) });
}
