import type { Light, TargetView } from '../../../../schemas/indicators.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { areaLabelId } from '../../auth/roles.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';

export const lightLabels: Record<Light, MessageId> = {
  on_track: 'indicators.light.on_track',
  at_risk: 'indicators.light.at_risk',
  off_track: 'indicators.light.off_track',
  no_data: 'indicators.light.no_data',
  no_target: 'indicators.light.no_target',
};

/** Ant Design tag colours (and cell backgrounds) of the lights: green, gold, red, grey. */
export const lightColors: Record<Light, { tag: string; cell: string }> = {
  on_track: { tag: 'green', cell: '#f6ffed' },
  at_risk: { tag: 'gold', cell: '#fffbe6' },
  off_track: { tag: 'red', cell: '#fff1f0' },
  no_data: { tag: 'default', cell: '#fafafa' },
  no_target: { tag: 'default', cell: '#ffffff' },
};

export const kindLabels: Record<'raw' | 'derived' | 'computed', MessageId> = {
  raw: 'indicators.kind.raw',
  derived: 'indicators.kind.derived',
  computed: 'indicators.kind.computed',
};

export const comparatorLabels: Record<TargetView['comparator'], MessageId> = {
  gt: 'indicators.comparator.gt',
  gte: 'indicators.comparator.gte',
  eq_reach: 'indicators.comparator.eq_reach',
  maintain: 'indicators.comparator.maintain',
  add: 'indicators.comparator.add',
  range: 'indicators.comparator.range',
};

export const targetKindLabels: Record<TargetView['periodKind'], MessageId> = {
  annual_average: 'indicators.targetKind.annual_average',
  by_end_year: 'indicators.targetKind.by_end_year',
  cumulative_new: 'indicators.targetKind.cumulative_new',
};

export const periodKindLabels: Record<'month' | 'quarter' | 'year', MessageId> = {
  month: 'indicators.period.month',
  quarter: 'indicators.period.quarter',
  year: 'indicators.period.year',
};

export const statusLabels: Record<'pending' | 'approved' | 'returned' | 'superseded', MessageId> = {
  pending: 'indicators.status.pending',
  approved: 'indicators.status.approved',
  returned: 'indicators.status.returned',
  superseded: 'indicators.status.superseded',
};

export const statusColors: Record<'pending' | 'approved' | 'returned' | 'superseded', string> = { pending: 'processing', approved: 'success', returned: 'error', superseded: 'default' };

export const eventLabels: Record<'submitted' | 'approved' | 'returned' | 'superseded', MessageId> = {
  submitted: 'indicators.detail.event.submitted',
  approved: 'indicators.detail.event.approved',
  returned: 'indicators.detail.event.returned',
  superseded: 'indicators.detail.event.superseded',
};

/** An area's name, or the whole zone for CQFTZ. */
export function scopeLabel(code: string, t: Translate): string {
  if (code === 'CQFTZ') return t('indicators.scope.zone');
  const id = areaLabelId(code);
  return id ? t(id) : code;
}

/** A number as shown: at most two decimals, grouped; a dash for none. */
export function formatNumber(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** The target as a phrase: "高于 80 亿美元 · 规划期年均 · 2018–2020". */
export function targetText(target: TargetView, t: Translate, unitName: string): string {
  const value = target.comparator === 'range' ? `${formatNumber(target.valueMin)}–${formatNumber(target.valueMax)}` : formatNumber(target.value);
  return `${t(comparatorLabels[target.comparator])} ${value} ${unitName} · ${t(targetKindLabels[target.periodKind])} · ${target.from}–${target.targetYear}`;
}
