// Investment cases (issue 5): a foreign-funded project is recorded with an instant receipt number unless a configured
// rule sends it to approval, which becomes a project-approval file (Trial Measures Art. 12; 条例 Arts. 10, 13); an
// outbound investment opens an outbound-recordation or outbound-approval file on the NDRC track, the MOFCOM track
// kept with the classification (Trial Measures Art. 17; ODI-01 … ODI-04); a foreign project in a sensitive field that
// acquires actual control is flagged for national security review (Order No. 37 Art. 4). Other features are used
// through their services: files (createFile), admission (the negative-list check), accounts, reference.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { AdmissionCheckInput } from '../../../domain/admission/index.ts';
import { OUTBOUND_RULES, SECURITY_REVIEW, classifyOutbound, classifyProject, inForce, recordationNumber, securityReviewFlags } from '../../../domain/investment/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type {
  CreateOutboundRequest,
  CreateProjectRequest,
  CreateReportRequest,
  InvestmentCaseDetail,
  InvestmentReportView,
  InvestmentVocabulariesResponse,
} from '../../../schemas/investment.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { applicantOf, displayNames } from '../accounts/service.ts';
import { checkInvestment, preparedEditions } from '../admission/service.ts';
import { createFile } from '../files/service.ts';
import { assertAreaExists } from '../reference/service.ts';
import { outboundClassificationView, projectClassificationView, securityReviewView, toReportView } from './case-view.ts';
import { getCase } from './list-cases.ts';
import * as repo from './repository.ts';

export { getCase, listCases, listSecurityReview } from './list-cases.ts';

/**
 * The keys the filing forms may send, with their names: the security-review fields (Order No. 37 Art. 4), the Plan
 * V.(V) dimensions, and the sensitive-country categories and industries of outbound investment in force on the day
 * (ODI-01; NDRC Order No. 11 Art. 13). The same data the classifiers check the keys against.
 */
export function vocabularies(ctx: AppContext): InvestmentVocabulariesResponse {
  const date = civilDateInShanghai(ctx.now());
  const entry = (e: { key: string; nameZh: string; nameEn: string }) => ({ key: e.key, zh: e.nameZh, en: e.nameEn });
  return {
    date,
    declaredFields: SECURITY_REVIEW.fields.map(entry),
    sensitivityDimensions: SECURITY_REVIEW.sensitivityDimensions.map(entry),
    countryCategories: OUTBOUND_RULES.sensitiveCountryCategories.filter((c) => inForce(c, date)).map(entry),
    sensitiveIndustries: OUTBOUND_RULES.sensitiveIndustries.filter((i) => inForce(i, date)).map(entry),
  };
}


/** The industry table, to accept section letters and refuse unknown codes (read in the write's transaction: PGlite has one connection). */
async function industries(tx: Tx) {
  return (await preparedEditions(tx)).lookup;
}

/** What every new case starts from: the applicant, a known area, and the filing day in Asia/Shanghai. */
async function begin(ctx: AppContext, tx: Tx, actor: AccountActor, input: { applicantId?: number | undefined; areaCode: string }) {
  const applicantId = await applicantOf(tx, actor, input.applicantId);
  await assertAreaExists(tx, input.areaCode, 'areaCode');
  const date = civilDateInShanghai(ctx.now());
  const onBehalf = actor.account.role === Role.WINDOW_OFFICER ? { applicantId } : {};
  return { applicantId, date, onBehalf };
}

/** The request as filed, without whom it was filed for. */
function factsOf<T extends { applicantId?: number | undefined }>(input: T): Record<string, unknown> {
  const { applicantId: _ignored, ...facts } = input;
  return facts;
}

/**
 * Trial Measures Art. 12: the project is checked against the negative list in force. A prohibited field, or a
 * restricted one whose conditions are not met, stops the filing with the reasons (nothing is written); a
 * restricted field is passed on to the approval rules (NL-22).
 */
async function admissionOf(tx: Tx, input: CreateProjectRequest, date: string) {
  const parsed = AdmissionCheckInput.safeParse({
    date, industryCodes: input.industryCodes, foreignShare: input.foreignShare, form: 'company',
    ...(input.largestForeignInvestorShare === undefined ? {} : { largestForeignInvestorShare: input.largestForeignInvestorShare }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = (issue?.path ?? []).map(String).join('.') || 'industryCodes';
    throw new AppError('INVALID_REQUEST', { field, message: `${field}: ${issue?.message ?? 'invalid'}` });
  }
  const check = await checkInvestment(tx, parsed.data);
  if (check.procedure === 'refuse') {
    const hits = check.measures.map((m) => `No. ${m.no} ${m.textZh}`).join('; ');
    throw new AppError('ADMISSION_REFUSED', {
      field: 'industryCodes',
      message: `${check.edition.code}: ${check.outcome}, not admissible${hits ? ` — ${hits}` : ''}; ${check.reasons.map((r) => r.en).join('; ')}`,
      details: { admission: check },
    });
  }
  return check;
}

/** Files a foreign-funded project: a receipt number at once, or a project-approval file; flagged for security review when due. */
export async function createProjectCase(ctx: AppContext, tx: Tx, actor: AccountActor, input: CreateProjectRequest): Promise<InvestmentCaseDetail> {
  const { applicantId, date, onBehalf } = await begin(ctx, tx, actor, input);
  const lookup = await industries(tx);
  const admission = await admissionOf(tx, input, date);
  const project = classifyProject(
    { date, industryCodes: input.industryCodes, totalInvestmentYuan: input.totalInvestmentYuan, negativeListRestricted: admission.outcome === 'restricted', ...(input.totalInvestmentUsd === undefined ? {} : { totalInvestmentUsd: input.totalInvestmentUsd }) },
    { industries: lookup },
  );
  const { industryCodes, foreignShare, acquiresActualControl, votingInfluence, nearMilitaryFacility, declaredFields, sensitivityDimensions } = input;
  const review = securityReviewFlags({ date, industryCodes, foreignShare, acquiresActualControl, votingInfluence, nearMilitaryFacility, declaredFields, sensitivityDimensions }, { industries: lookup });
  const id = await repo.reserveCaseId(tx);
  let recordationNo: string | null = null;
  let fileId: number | null = null;
  if (project.procedure === 'recordation') {
    const year = Number(date.slice(0, 4));
    recordationNo = recordationNumber(year, await repo.takeRecordationSequence(tx, year));
  } else {
    const form = {
      caseId: id, projectName: input.name, areaCode: input.areaCode, industryCodes, totalInvestmentYuan: input.totalInvestmentYuan, foreignShare,
      ...(input.totalInvestmentUsd === undefined ? {} : { totalInvestmentUsd: input.totalInvestmentUsd }),
      ruleId: project.rule!.id, authority: project.rule!.authority, securityReviewFlagged: review.flagged,
    };
    fileId = (await createFile(ctx, tx, actor, { type: 'project-approval', form, ...onBehalf })).id;
  }
  await repo.insertCase(tx, {
    id, kind: 'foreign_project', applicantAccountId: applicantId, areaCode: input.areaCode, name: input.name, input: factsOf(input),
    classification: projectClassificationView(project, date, admission), procedure: project.procedure, recordationNo, fileId,
    securityReview: securityReviewView(review), flagged: review.flagged, now: ctx.now(),
  });
  return getCase(ctx, tx, actor, id);
}

const DESTINATION_FIELDS = new Set(['countryCode', 'sensitiveCountry', 'countryCategories']);

/** classifyOutbound on the filing day; the destination's facts are nested in the request, so errors name them so. */
async function outboundOf(tx: Tx, input: CreateOutboundRequest, date: string) {
  const { destination: d, industryCodes, investorKind, chineseInvestmentUsd, sensitiveIndustryKeys } = input;
  const question = { date, investorKind, chineseInvestmentUsd, industryCodes, sensitiveCountry: d.sensitiveCountry, countryCode: d.countryCode, countryCategories: d.countryCategories, sensitiveIndustryKeys };
  try {
    return classifyOutbound(question, { industries: await industries(tx) });
  } catch (error) {
    if (!(error instanceof AppError) || !error.field || !DESTINATION_FIELDS.has(error.field)) throw error;
    throw new AppError(error.code, { field: `destination.${error.field}`, message: error.message, ...(error.details ? { details: error.details } : {}) });
  }
}

/** Files an outbound investment: an outbound-recordation (TIME-60) or outbound-approval (TIME-61) file on the NDRC track. */
export async function createOutboundCase(ctx: AppContext, tx: Tx, actor: AccountActor, input: CreateOutboundRequest): Promise<InvestmentCaseDetail> {
  const { applicantId, date, onBehalf } = await begin(ctx, tx, actor, input);
  const outbound = await outboundOf(tx, input, date);
  const { industryCodes, investorKind, chineseInvestmentUsd, destination: d } = input;
  const id = await repo.reserveCaseId(tx);
  const { ndrc, mofcom } = outbound;
  const form = {
    caseId: id, projectName: input.name, areaCode: input.areaCode, industryCodes, investorKind, chineseInvestmentUsd, sensitive: outbound.sensitive,
    ...(d.countryCode === undefined ? {} : { countryCode: d.countryCode }),
    ndrc: { tierId: ndrc.tierId, authority: ndrc.authority }, mofcom: { tierId: mofcom.tierId, procedure: mofcom.procedure, authority: mofcom.authority },
  };
  const type = ndrc.procedure === 'approval' ? 'outbound-approval' : 'outbound-recordation';
  const file = await createFile(ctx, tx, actor, { type, form, ...onBehalf });
  await repo.insertCase(tx, {
    id, kind: 'outbound', applicantAccountId: applicantId, areaCode: input.areaCode, name: input.name, input: factsOf(input),
    classification: outboundClassificationView(outbound, date), procedure: ndrc.procedure, recordationNo: null, fileId: file.id,
    securityReview: null, flagged: false, now: ctx.now(),
  });
  return getCase(ctx, tx, actor, id);
}

/**
 * Who may report on a case: its applicant, or a window officer (NOT_FOUND / FORBIDDEN naming `id`). Checked before
 * the write begins, so a caller who may never report leaves no trail.
 */
export async function assertMayReport(db: DbOrTx, actor: AccountActor, caseId: number) {
  const keys = await repo.findCaseKeys(db, caseId);
  if (!keys) throw new AppError('NOT_FOUND', { field: 'id', message: `no investment case ${caseId}` });
  const a = actor.account;
  if (a.role === Role.WINDOW_OFFICER || (a.role === Role.APPLICANT && keys.applicant_account_id === a.id)) return keys;
  throw new AppError('FORBIDDEN', { field: 'id', message: 'only the applicant of the case or a window officer reports on it' });
}

/** Appends a post-investment report to an outbound case (ODI-05): a status report per period, an incident, or the risk contact. */
export async function addReport(ctx: AppContext, tx: Tx, actor: AccountActor, caseId: number, input: CreateReportRequest): Promise<InvestmentReportView> {
  const keys = await assertMayReport(tx, actor, caseId);
  if (keys.kind !== 'outbound') {
    throw new AppError('CONFLICT', { field: 'id', message: `case ${caseId} is a foreign-funded project: post-investment reports are kept for outbound investments (Trial Measures Art. 17)` });
  }
  const need = (field: 'period' | 'body' | 'contact', why: string): never => {
    throw new AppError('INVALID_REQUEST', { field, message: why });
  };
  if (input.kind === 'status' && input.period === undefined) need('period', 'a status report names the period it covers');
  if (input.kind !== 'risk_contact' && input.body === undefined) need('body', `a ${input.kind} report needs its text`);
  if (input.kind === 'risk_contact' && input.contact === undefined) need('contact', 'a risk_contact report names the contact: name, phone, country');
  if (input.kind !== 'risk_contact' && input.contact !== undefined) need('contact', `a ${input.kind} report carries no contact; file a risk_contact report`);
  const row = await repo.insertReport(tx, {
    caseId, kind: input.kind, period: input.period ?? null, body: input.body ?? '', contact: input.contact ?? null, reportedBy: actor.account.id, now: ctx.now(),
  });
  return toReportView(row, await displayNames(tx, [row.reported_by]));
}
