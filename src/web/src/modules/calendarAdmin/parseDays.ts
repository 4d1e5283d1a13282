import { isIsoDate } from '../calendar/dates.ts';

export type PublishDay = { date: string; workday: boolean; name?: string };

export type ParseResult = { days: PublishDay[]; badLines: number[] };

const WORK_WORDS = new Set(['班', '上班', 'work', 'workday', 'w', '1', 'true']);
const REST_WORDS = new Set(['休', '休息', '放假', 'rest', 'off', 'holiday', 'r', '0', 'false']);

/**
 * Reads one day a line: `2027-10-01 休 国庆节` or `2027-09-26 班`. The second word says rest (休/rest)
 * or work (班/work); the rest of the line is the holiday name. Blank lines are skipped.
 */
export function parseDays(text: string): ParseResult {
  const days: PublishDay[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const [date = '', kind = '', ...rest] = line.split(/[\s,，\t]+/);
    const word = kind.toLowerCase();
    const workday = WORK_WORDS.has(word) ? true : REST_WORDS.has(word) ? false : undefined;
    if (!isIsoDate(date) || workday === undefined) {
      badLines.push(index + 1);
      return;
    }
    const name = rest.join(' ').trim();
    days.push(name === '' ? { date, workday } : { date, workday, name });
  });
  return { days, badLines };
}
