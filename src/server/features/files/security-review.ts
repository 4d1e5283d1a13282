// The national security review of a foreign-invested establishment at filing. Order No. 37 Art. 4 covers founding an
// enterprise as well as acquiring one (and 国办发〔2015〕35号 extended the FTZ trial review to new establishments), so a
// file type that asks the question (securityReviewQuestion) is assessed by the same rules as an investment case:
// src/domain/investment/security-review.ts. The answer is kept inside the file's admission jsonb, beside the
// negative-list check it accompanies (Trial Measures Art. 12), and the flagged files are read from here.
import { recordScope } from '../../../domain/access/record-scope.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { FileTypeDefinition } from '../../../domain/files/index.ts';
import { securityReviewFlags } from '../../../domain/investment/index.ts';
import { SecurityReviewView } from '../../../schemas/investment.ts';
import type { AccountActor } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { displayNames } from '../accounts/service.ts';
import { preparedEditions } from '../admission/service.ts';
import * as repo from './repository.ts';

export type SecurityReviewAnswer = ReturnType<typeof SecurityReviewView.parse>;

/**
 * The security-review answer for the form on the filing day, as stored and shown (the grounds without their code
 * hits), or null when the type asks no such question or the form declares no foreign investment. A bad question is
 * a 400 naming the form field it came from.
 */
export async function securityReviewAtFiling(db: DbOrTx, type: FileTypeDefinition, form: unknown, on: string): Promise<SecurityReviewAnswer | null> {
  const question = type.securityReviewQuestion?.(form, on) ?? null;
  if (question === null) return null;
  const { lookup } = await preparedEditions(db);
  try {
    return SecurityReviewView.parse(securityReviewFlags(question, { industries: lookup }));
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'INVALID_REQUEST') throw error;
    const field = error.field?.startsWith('industryCodes') ? 'form.industryCode' : 'form.foreignInvestment';
    throw new AppError('INVALID_REQUEST', { field, message: `${field}: ${error.message}`, ...(error.details ? { details: error.details } : {}) });
  }
}

/** A file flagged for national security review at filing. */
export interface FlaggedFile {
  fileId: number;
  fileType: string;
  fileStatus: string;
  /** The entity or project the file is for (the form's entityName or projectName). */
  name: string;
  areaCode: string;
  applicant: { id: number; displayName: string };
  createdAt: string;
  securityReview: SecurityReviewAnswer;
}

/** Flagged files within the actor's record scope, newest first (the FTZ Office's list reads them with the cases). */
export async function listFlaggedFiles(db: DbOrTx, actor: AccountActor, page: { limit: number; offset: number }): Promise<{ items: FlaggedFile[]; total: number }> {
  const { items, total } = await repo.listFlaggedFiles(db, recordScope(actor.account), page);
  const names = await displayNames(db, items.map((row) => row.applicant_account_id));
  return {
    items: items.map((row) => {
      const form = row.form as Record<string, unknown>;
      const name = [form.entityName, form.projectName].find((v): v is string => typeof v === 'string') ?? `#${row.id}`;
      return {
        fileId: row.id,
        fileType: row.type,
        fileStatus: row.status,
        name,
        areaCode: row.area_code,
        applicant: { id: row.applicant_account_id, displayName: names.get(row.applicant_account_id) ?? `#${row.applicant_account_id}` },
        createdAt: row.created_at.toISOString(),
        securityReview: SecurityReviewView.parse((row.admission as Record<string, unknown>).securityReview),
      };
    }),
    total,
  };
}
