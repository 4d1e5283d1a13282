// Applying a reviewed change registration (MER Art. 24) in the caller's transaction, so a failure anywhere leaves
// nothing half-changed: the enterprise's name, place, main industry and particulars; the name register (the old name
// becomes a former name, blocking others for a year, Art. 17 of the name rules); the next licence version when a
// licence field changes (MER Art. 21; the previous version is superseded); the register entry; a notice.
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { certificatesInForce, licenceChanges, licenceParticulars, type ChangeReview, type EstablishmentForm } from '../../../domain/registration/index.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { changeParticulars, recordRegisterEntry } from '../enterprises/service.ts';
import { issueLicence } from '../licences/service.ts';
import { changeRegisteredName } from '../names/service.ts';
import { notify } from '../notifications/service.ts';
import { recordRegisterHoldings } from '../ownership/service.ts';
import { departmentName } from '../reference/service.ts';
import * as repo from './change-repository.ts';
import { registeredParticulars } from './register.ts';
import { registrationData } from './registration-data-file.ts';

export interface ChangeToApply {
  changeId: number;
  uscc: string;
  applicantId: number;
  establishedOn: string;
  before: EstablishmentForm;
  after: EstablishmentForm;
  review: ChangeReview;
  issuedBy: string;
}

/** Applies the change and returns the licence version it issued (null when no licence field changed). */
export async function applyChange(ctx: AppContext, tx: Tx, input: ChangeToApply): Promise<number | null> {
  const { before, after, review, uscc } = input;
  const data = registrationData();
  const now = ctx.now();
  const today = civilDateInShanghai(now);
  const domicile = review.domicile!; // a registrable review always has one (DOM-01 blocks otherwise)
  await changeParticulars(tx, {
    uscc,
    name: after.name,
    areaCode: domicile.areaCode,
    districtCode: domicile.districtCode,
    industryCode: review.industryCode!,
    particulars: registeredParticulars(after, review),
  });
  // The holdings as the register now states them; a new name is the party's new name from today.
  if (['investors', 'registeredCapitalYuan', 'name'].some((field) => review.changedFields.includes(field as never))) {
    await recordRegisterHoldings(tx, { uscc, name: after.name, investors: after.investors, registeredCapitalYuan: after.registeredCapitalYuan, day: today });
  }
  const renamed = review.changedFields.includes('name');
  if (renamed) await changeRegisteredName(tx, { name: after.name, uscc, since: today, accountId: input.applicantId, reservationId: after.nameReservationId });
  let licenceVersion: number | null = null;
  if (licenceChanges(before, after, data.scope.items)) {
    const licence = await issueLicence(
      tx,
      {
        uscc,
        ...licenceParticulars(after, data.scope.items),
        establishedOn: input.establishedOn,
        registrationAuthority: await departmentName(tx, 'MARKET_REGULATION'),
        integratedCertificates: certificatesInForce(data.certificates, today).map((c) => c.zh),
        areaCode: domicile.areaCode,
      },
      input.issuedBy,
      now,
    );
    licenceVersion = licence.version;
  }
  await recordRegisterEntry(tx, {
    uscc,
    kind: review.kind ?? 'filing',
    summary: {
      changeApplicationId: input.changeId,
      registrationItems: review.registrationItems,
      filings: review.filings,
      ...(renamed ? { formerName: before.name, name: after.name } : {}),
      ...(review.changedFields.includes('domicile') ? { domicile: after.domicile.address, areaCode: domicile.areaCode } : {}),
      licenceVersion,
    },
    recordedBy: input.issuedBy,
  });
  await repo.markChangeRegistered(tx, input.changeId, licenceVersion, now);
  const what = review.kind === 'change' ? '变更登记' : '备案';
  await notify(tx, {
    accountId: input.applicantId,
    kind: review.kind === 'change' ? 'change.registered' : 'change.filed',
    messageZh: `${after.name}的${what}已办结${licenceVersion ? `，电子营业执照已换发（第${licenceVersion}版）` : ''}。`,
    messageEn: `The ${review.kind === 'change' ? 'change registration' : 'filing'} of ${after.name} is done${licenceVersion ? `; its electronic business licence is reissued (version ${licenceVersion})` : ''}.`,
    data: { changeApplicationId: input.changeId, uscc },
  });
  return licenceVersion;
}
