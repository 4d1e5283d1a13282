import type { LoadEditionRequest } from '../../../../schemas/admission.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import { readAsBase64 } from '../files/readDocument.ts';

/** The largest file sent (the server takes 8 MB of JSON, i.e. about 6 MB of workbook once in base64). */
export const MAX_EDITION_FILE_BYTES = 5 * 1024 * 1024;

/**
 * POST /api/negative-lists's body from a chosen file, read in the browser: a .json file is parsed and sent as
 * the edition document, an .xlsx workbook is sent as base64. Throws an Error with a message for the reader.
 */
export async function loadEditionRequest(file: File, t: Translate): Promise<LoadEditionRequest> {
  if (file.size > MAX_EDITION_FILE_BYTES) throw new Error(t('negativeListsAdmin.load.tooLarge', { max: MAX_EDITION_FILE_BYTES / 1024 / 1024 }));
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (extension === 'xlsx') return { format: 'xlsx', contentBase64: await readAsBase64(file) };
  if (extension !== 'json') throw new Error(t('negativeListsAdmin.load.badType'));
  let edition: unknown;
  try {
    edition = JSON.parse(await file.text());
  } catch (cause) {
    throw new Error(t('negativeListsAdmin.load.badJson', { problem: cause instanceof Error ? cause.message : String(cause) }));
  }
  if (typeof edition !== 'object' || edition === null || Array.isArray(edition)) {
    throw new Error(t('negativeListsAdmin.load.badJson', { problem: 'not an object' }));
  }
  return { format: 'json', edition: edition as Record<string, unknown> };
}
