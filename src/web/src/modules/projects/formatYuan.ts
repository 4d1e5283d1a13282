/** An amount in yuan as people read it: 亿元 / 万元 in Chinese, RMB billion / million in English. */
export function formatYuan(value: number, locale: string): string {
  if (locale === 'en') {
    if (Math.abs(value) >= 1e9) return `RMB ${(value / 1e9).toLocaleString('en', { maximumFractionDigits: 2 })} bn`;
    if (Math.abs(value) >= 1e6) return `RMB ${(value / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} m`;
    return `RMB ${value.toLocaleString('en')}`;
  }
  if (Math.abs(value) >= 1e8) return `${(value / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 亿元`;
  if (Math.abs(value) >= 1e4) return `${(value / 1e4).toLocaleString('zh-CN', { maximumFractionDigits: 0 })} 万元`;
  return `${value.toLocaleString('zh-CN')} 元`;
}

/** A share 0–1 (or more) as a percentage; '—' when there is none. */
export function formatRatio(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 1000) / 10}%`;
}
