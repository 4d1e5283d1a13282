import type { DashboardResponse } from '../../../../schemas/dashboards.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';

/** The first year of the zone's statistics (the zone opened in 2017; the Plan's series start in 2018). */
export const FIRST_YEAR = 2018;

/** This year in Shanghai, where the zone's statistics are kept (the server's default year). */
export function currentYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
}

/** The year of `?year=`, or this year when it is missing or outside 2018 … this year. */
export function yearFromParam(value: string | null): number {
  const now = currentYear();
  const year = value !== null && /^\d{4}$/.test(value) ? Number(value) : now;
  return year >= FIRST_YEAR && year <= now ? year : now;
}

/** Registered capital and investment are shown in 亿元 (RMB 100 million), as the zone's reports are. */
export function toYi(yuan: number): number {
  return Math.round(yuan / 1e6) / 100;
}

/** A number with grouping and at most two decimals. */
export function formatFigure(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

const statusLabels: Record<string, MessageId> = {
  registered: 'dashboards.status.registered',
  liquidating: 'dashboards.status.liquidating',
  suspended: 'dashboards.status.suspended',
  deregistered: 'dashboards.status.deregistered',
};

/** The register status in words; a status zimao has no words for is shown as stored. */
export function statusLabel(status: string, t: Translate): string {
  const id = statusLabels[status];
  return id ? t(id) : status;
}

export type DashboardArea = DashboardResponse['areas'][number];

/** The month labels of a year: 1月 … 12月, or Jan … Dec. */
export function monthLabels(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 1)));
}
