import type { IdType } from './formModel.ts';

/**
 * A person's identity number with its middle hidden (500112********1234): the page shows who, not the whole number.
 * An entity's credit code or registration is public and shown whole.
 */
export function maskId(id: string | undefined, idType?: IdType): string {
  if (!id) return '—';
  if (idType === 'uscc' || idType === 'foreign-registration') return id;
  if (id.length <= 8) return `${id.slice(0, 2)}${'*'.repeat(Math.max(0, id.length - 4))}${id.slice(-2)}`;
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}
