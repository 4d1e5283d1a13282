import type { NameCheckRequest } from '../../../../schemas/names.ts';
import { USCC_PATTERN } from '../files/fileModel.ts';
import type { NameLegalForm } from './nameLabels.ts';

/** The check form's values. */
export type NameCheckValues = {
  name: string;
  legalForm?: NameLegalForm | null;
  /** Credit codes, one a line (commas and spaces also separate). */
  relatedUscc?: string;
};

/** The fields of the form, by the name the API gives in an error's `field` (its first segment). */
export const NAME_FIELDS = ['name', 'legalForm', 'relatedUscc'] as const satisfies readonly (keyof NameCheckValues)[];

export const MAX_RELATED_USCC = 20;

/** The credit codes of the text, upper-cased, in order, without repeats. */
export function splitUsccList(text: string | undefined): string[] {
  const codes = (text ?? '')
    .split(/[\s,，、;；]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
  return [...new Set(codes)];
}

/** The first code of the text that is not a credit code, if any. */
export function invalidUscc(text: string | undefined): string | undefined {
  return splitUsccList(text).find((c) => !USCC_PATTERN.test(c));
}

/** POST /api/names/check's body; empty optional fields are left out. */
export function nameCheckRequest(v: NameCheckValues): NameCheckRequest {
  const related = splitUsccList(v.relatedUscc);
  return {
    name: v.name.trim(),
    ...(v.legalForm ? { legalForm: v.legalForm } : {}),
    ...(related.length > 0 ? { relatedUscc: related } : {}),
  };
}
