// The accounts generated records need (application files have an applicant and an officer; indicator submissions a
// submitter and, four eyes, another approver). They carry no password: the stored hash is not one verifyPassword
// accepts, so nobody signs in as them (no published demo password on a database that may be shared).
import { ZONE } from '../../domain/indicators/index.ts';
import type { Tx } from '../db/database.ts';

/** Not an `scrypt$…` hash: verifyPassword refuses every password against it. */
const NO_PASSWORD = 'generated:no-password';
const APPLICANTS = 20;

export interface GeneratedAccounts {
  applicantIds: number[];
  officerByArea: Map<string, number>;
  submitterByScope: Map<string, number>;
  approverId: number;
}

interface AccountSpec {
  username: string;
  displayName: string;
  role: 'applicant' | 'window_officer' | 'area_officer' | 'analyst';
  areaCode: string | null;
}

/** Creates the generator's accounts once (a later run finds them by username) and returns their ids. */
export async function generatorAccounts(tx: Tx, areaCodes: readonly string[], at: string): Promise<GeneratedAccounts> {
  const specs: AccountSpec[] = [
    ...Array.from({ length: APPLICANTS }, (_, i) => ({ username: `generated-applicant-${i + 1}`, displayName: `生成数据 申请人 ${i + 1}`, role: 'applicant' as const, areaCode: null })),
    ...areaCodes.map((a) => ({ username: `generated-window-${a.toLowerCase()}`, displayName: `生成数据 ${a} 窗口`, role: 'window_officer' as const, areaCode: null })),
    ...areaCodes.map((a) => ({ username: `generated-area-${a.toLowerCase()}`, displayName: `生成数据 ${a} 片区`, role: 'area_officer' as const, areaCode: a })),
    { username: 'generated-analyst-1', displayName: '生成数据 自贸办 1', role: 'analyst', areaCode: null },
    { username: 'generated-analyst-2', displayName: '生成数据 自贸办 2', role: 'analyst', areaCode: null },
  ];
  await tx
    .insertInto('accounts')
    .values(specs.map((s) => ({ username: s.username, display_name: s.displayName, role: s.role, department_code: null, area_code: s.areaCode, password_hash: NO_PASSWORD, email: null, created_at: at, updated_at: at })))
    .onConflict((oc) => oc.constraint('accounts_username_key').doNothing())
    .execute();
  const rows = await tx.selectFrom('accounts').select(['id', 'username']).where('username', 'in', specs.map((s) => s.username)).execute();
  const id = new Map(rows.map((r) => [r.username, r.id]));
  const of = (username: string) => id.get(username)!;
  return {
    applicantIds: specs.filter((s) => s.role === 'applicant').map((s) => of(s.username)),
    officerByArea: new Map(areaCodes.map((a) => [a, of(`generated-window-${a.toLowerCase()}`)])),
    submitterByScope: new Map([...areaCodes.map((a) => [a, of(`generated-area-${a.toLowerCase()}`)] as const), [ZONE, of('generated-analyst-1')]]),
    approverId: of('generated-analyst-2'),
  };
}
