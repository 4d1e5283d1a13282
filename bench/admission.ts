// The admission check in process (issue 5 goal: ≥ 500,000 checks/s with the input already parsed), against
// parsing the same input with zod — what every request pays before the check — measured in the same run.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AdmissionCheckInput, buildIndustryLookup, checkAdmission, NegativeListEdition, prepareEditions } from '../src/domain/admission/index.ts';
import { opsPerSecond } from './measure-loop.ts';
import { metric, type Metric } from './metric.ts';

const root = fileURLToPath(new URL('../reference-data/', import.meta.url));

export function admissionInProcess(loopMs: number): Metric[] {
  const rows = readFileSync(`${root}industries/gbt4754-2017.csv`, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => {
    const [code = '', , parent = ''] = line.split(',', 3);
    return { code, parent };
  });
  const lookup = buildIndustryLookup(rows);
  const editions = readdirSync(`${root}negative-lists`).filter((n) => n.endsWith('.json')).map((n) => NegativeListEdition.parse(JSON.parse(readFileSync(`${root}negative-lists/${n}`, 'utf8'))));
  const prepared = prepareEditions(editions, lookup.sectionOf);
  // A mix across editions and outcomes: restricted, prohibited, not listed, a coarse code, several codes.
  const raw = [
    { date: '2026-11-24', industryCodes: ['8810'], foreignShare: 49, form: 'company' },
    { date: '2026-11-24', industryCodes: ['7350'], foreignShare: 10, form: 'company' },
    { date: '2019-09-01', industryCodes: ['5261'], foreignShare: 100, form: 'company' },
    { date: '2021-03-01', industryCodes: ['64'], foreignShare: 50, form: 'jv', legalRepresentativeForeign: true },
    { date: '2026-11-24', industryCodes: ['0112', '5128', '8730'], foreignShare: 30, form: 'partnership' },
  ];
  const inputs = raw.map((r) => AdmissionCheckInput.parse(r));
  const options = { isKnownCode: lookup.isKnownCode };
  const parse = opsPerSecond((i) => AdmissionCheckInput.parse(raw[i % raw.length]), loopMs);
  const check = opsPerSecond((i) => checkAdmission(inputs[i % inputs.length]!, prepared, options), loopMs);
  return [
    metric('checkAdmission, input parsed (5-case mix)', 'checks/s', check, { name: 'AdmissionCheckInput.parse of the same inputs (zod)', value: parse }, '≥ 500,000 checks/s', check >= 500_000),
  ];
}
