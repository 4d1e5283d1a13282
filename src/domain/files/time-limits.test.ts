import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { errorOf } from './files-test-kit.ts';
import { defineFileType, limitsFrom } from './file-type.ts';
import { fileTypes, getFileType, findFileType } from './file-types/registry.ts';
import { standardTransitions } from './standard-transitions.ts';
import { TIME_LIMITS, getTimeLimit } from './time-limits.ts';

const raw = JSON.parse(readFileSync(new URL('../../../reference-data/procedures/time-limits.json', import.meta.url), 'utf8')) as {
  source: { id: string }[];
  limits: { id: string; source: string }[];
};

describe('time-limits.json (domain-rules §1.3)', () => {
  it.each([
    ['TIME-10', 5, 0, 'ALL Art. 32'],
    ['TIME-12', 20, 10, 'ALL Art. 42 para. 1'],
    ['TIME-13', 45, 15, 'ALL Art. 42 para. 2 (with Art. 26)'],
    ['TIME-15', 10, 0, 'ALL Art. 44'],
    ['TIME-20', 3, 3, 'MER Art. 19'],
    ['TIME-60', 7, 0, '企业境外投资管理办法 (NDRC Order No. 11)'],
    ['TIME-61', 20, 10, '企业境外投资管理办法 (NDRC Order No. 11)'],
    ['TIME-62', 20, 40, '企业投资项目核准和备案管理条例 Art. 10'],
  ])('%s is %i working days, +%i, under %s', (id, days, extension, basis) => {
    const limit = getTimeLimit(id);
    expect([limit.workingDays, limit.extensionWorkingDays, limit.legalBasis]).toEqual([days, extension, basis]);
  });

  it('names a declared source for every limit and has unique ids', () => {
    const sources = new Set(raw.source.map((s) => s.id));
    for (const limit of raw.limits) expect(sources.has(limit.source), limit.id).toBe(true);
    expect(new Set(TIME_LIMITS.map((l) => l.id)).size).toBe(TIME_LIMITS.length);
  });

  it('answers NOT_FOUND for an unknown rule id', () => {
    expect(errorOf(() => getTimeLimit('TIME-99')).code).toBe('NOT_FOUND');
  });
});

describe('file types read their limits from the data', () => {
  it.each([
    ['permit-parallel', 45, 15, 'TIME-13'],
    ['permit-single', 20, 10, 'TIME-12'],
    ['market-registration', 3, 3, 'TIME-20'],
    ['project-approval', 20, 40, 'TIME-62'],
    ['outbound-recordation', 7, 0, 'TIME-60'],
    ['outbound-approval', 20, 10, 'TIME-61'],
  ])('%s decides in %i working days, extendable by %i (%s)', (code, days, extension, rule) => {
    const { limits } = getFileType(code);
    expect(limits.decisionWorkingDays).toBe(days);
    expect(limits.maxExtensionWorkingDays).toBe(extension);
    expect(limits.correctionNoticeWorkingDays).toBe(5);
    expect(limits.certificateWorkingDays).toBe(10);
    expect(limits.ruleIds).toContain(rule);
  });

  it('fans out only to departments of reference-data/organisation/departments.json', () => {
    const file = new URL('../../../reference-data/organisation/departments.json', import.meta.url);
    const known = new Set((JSON.parse(readFileSync(file, 'utf8')) as { departments: { code: string }[] }).departments.map((d) => d.code));
    for (const type of Object.values(fileTypes)) for (const code of type.departments) expect(known.has(code), code).toBe(true);
  });

  it('getFileType answers NOT_FOUND naming the field type; findFileType answers undefined', () => {
    const error = errorOf(() => getFileType('toString'));
    expect([error.code, error.field, error.details]).toEqual(['NOT_FOUND', 'type', { type: 'toString' }]);
    expect(findFileType('nope')).toBeUndefined();
  });
});

describe('defineFileType refuses an inconsistent type', () => {
  const limits = limitsFrom({ correction: 'TIME-10', decision: 'TIME-12', certificate: 'TIME-15' });
  const base = {
    code: 'test-type', nameZh: '测试', nameEn: 'Test', formSchema: z.object({}), limits, departments: [],
    completionRule: { kind: 'all' } as const, deemedApproval: { enabled: false }, dueSoonWorkingDays: 2, escalation: [],
    transitions: standardTransitions({ limits }, { requireTasks: false, officerDecides: true, deemedApproval: false }),
  };
  it.each([
    ['deem_approved escalation while deemed approval is off (TIME-71)', { escalation: [{ when: 'overdue', do: 'deem_approved' }] }],
    ['enabled deemed approval without legal basis', { deemedApproval: { enabled: true } }],
    ['quorum of 0', { completionRule: { kind: 'quorum', approvals: 0 } }],
    ['reassignment without a role', { escalation: [{ when: 'overdue', do: 'reassign_to_role' }] }],
    ['a code that is not kebab-case', { code: 'Test_Type' }],
  ])('%s', (_name, change) => {
    const error = errorOf(() => defineFileType({ ...base, ...change } as Parameters<typeof defineFileType>[0]));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('INTERNAL');
  });
});
