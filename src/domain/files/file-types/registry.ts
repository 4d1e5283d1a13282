// The file types zimao knows, by code.
import { AppError } from '../../app-error.ts';
import type { FileTypeDefinition } from '../file-type.ts';
import { marketRegistration } from './market-registration.ts';
import { outboundApproval } from './outbound-approval.ts';
import { outboundRecordation } from './outbound-recordation.ts';
import { permitCommitment } from './permit-commitment.ts';
import { permitParallel } from './permit-parallel.ts';
import { permitSingle } from './permit-single.ts';
import { projectApproval } from './project-approval.ts';

/** Every file type, by code. */
export const fileTypes: Readonly<Record<string, FileTypeDefinition>> = Object.freeze({
  [permitParallel.code]: permitParallel as FileTypeDefinition,
  [permitSingle.code]: permitSingle as FileTypeDefinition,
  [marketRegistration.code]: marketRegistration as FileTypeDefinition,
  [permitCommitment.code]: permitCommitment as FileTypeDefinition,
  [projectApproval.code]: projectApproval as FileTypeDefinition,
  [outboundRecordation.code]: outboundRecordation as FileTypeDefinition,
  [outboundApproval.code]: outboundApproval as FileTypeDefinition,
});

// Guarantees: the file type with that code, else AppError NOT_FOUND with field `type`.
export function getFileType(code: string): FileTypeDefinition {
  const type = Object.hasOwn(fileTypes, code) ? fileTypes[code] : undefined;
  if (type === undefined) {
    throw new AppError('NOT_FOUND', { field: 'type', message: `No file type ${code}`, details: { type: code } });
  }
  return type;
}

// Guarantees: the file type with that code, or undefined.
export function findFileType(code: string): FileTypeDefinition | undefined {
  return Object.hasOwn(fileTypes, code) ? fileTypes[code] : undefined;
}
