// What the enterprise page needs from the particulars in force (GET /api/enterprises/:uscc/particulars): whether the
// enterprise is an individual business (its form has an operator and a composition form instead of investors), and
// who commits to its summary deregistration.
import type { CurrentParticularsState } from '../changes/useCurrentParticulars.ts';
import type { Investor } from '../deregistration/SummaryDeregistrationForm.tsx';

type ParticularsForm = { investors?: Investor[]; operator?: Investor; compositionForm?: string };

export type ParticularsFacts = {
  /** undefined while loading (or not readable by the role); false also for an enterprise registered before zimao. */
  individual: boolean | undefined;
  /** Who commits (EXIT-01): the investors, or an individual business's operator; null when none are on record. */
  investors: Investor[] | null | undefined;
};

export function particularsFacts(state: CurrentParticularsState): ParticularsFacts {
  if (state.loading || state.data === undefined) return { individual: undefined, investors: undefined };
  if (state.data === null) return { individual: false, investors: null };
  const form = state.data.form as ParticularsForm;
  if (form.compositionForm !== undefined || form.operator !== undefined) {
    // The operator answers for an individual business with their own property: the one who commits.
    return { individual: true, investors: form.operator ? [form.operator] : null };
  }
  return { individual: false, investors: form.investors };
}
