/** One line of bench/results.json. Every figure is read against a baseline measured in the same run. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** A target the issue states; null when it gives none. */
  goal: string | null;
  /** What the figure is compared with (null only for the baselines themselves). */
  baseline: { name: string; value: number } | null;
  /** value / baseline.value; null without a baseline. */
  ratio: number | null;
  /** Whether the figure meets the goal; null without a goal, or when the run was not at the goal's size (quick mode). */
  met: boolean | null;
}

/** A scenario of issue 8 whose capability zimao does not have yet: listed in the report, not measured. */
export interface NotYetAvailable {
  scenario: string;
  goal: string;
  why: string;
}

export interface Baseline {
  name: string;
  value: number;
}

export function metric(name: string, unit: string, value: number, baseline: Baseline | null = null, goal: string | null = null, met: boolean | null = null): Metric {
  return { name, value, unit, goal, baseline, ratio: baseline && baseline.value !== 0 ? value / baseline.value : null, met: goal === null ? null : met };
}

/** The p-th percentile (0–100) of samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function printTable(metrics: readonly Metric[]): void {
  console.table(
    metrics.map((m) => ({
      metric: m.name,
      value: Math.round(m.value * 10) / 10,
      unit: m.unit,
      baseline: m.baseline?.name ?? '',
      ratio: m.ratio === null ? '' : m.ratio.toFixed(3),
      goal: m.goal ?? '',
      met: m.met === null ? '' : m.met ? 'yes' : 'NO',
    })),
  );
}
