// The `restrictions` cell of a negative-list workbook (edition-workbook.ts): a measure's NL-16 conditions in one
// human-editable cell. Syntax:
//
//   cell      = condition { "|" condition }
//   condition = TYPE { key "=" value }          (parts separated by spaces or line breaks)
//   value     = bare | "quoted"                  bare: no space, no | = " ; quoted: \" and \\ escape; “…” also quotes
//   key       = percent | officer | scopeZh | scopeEn | sunsetOn     (each at most once per condition)
//
//   CN_MIN_SHARE percent=34
//   CN_MIN_SHARE percent=67 scopeZh="社会调查" scopeEn="Social surveys" | NATIONALITY officer=legal_representative
//   FOREIGN_CAP percent=51 sunsetOn=2021-01-01
//
// TYPE and keys are matched case-insensitively. percent is a number (34 or 33.3, no %). Whether a type needs a
// percent or an officer is the schema's rule (NegativeListEdition), checked by the caller, not here.
import { RestrictionType, type Restriction } from '../../../domain/admission/negative-list-edition.ts';

const KEYS = ['percent', 'officer', 'scopeZh', 'scopeEn', 'sunsetOn'] as const;
type Key = (typeof KEYS)[number];
/** Values that are always written quoted (free text). */
const QUOTED_KEYS: readonly Key[] = ['scopeZh', 'scopeEn'];
const QUOTES: Record<string, string> = { '"': '"', '“': '”' };
const BARE = /^[^\s|="“”\\]+$/;

export type ParsedCondition = { type: RestrictionType } & Partial<Record<Key, string | number>>;
export type RestrictionCellResult = { ok: true; value: ParsedCondition[] } | { ok: false; message: string };

/** The help text for the cell (header note and the workbook's help sheet), zh and en. */
export const RESTRICTION_CELL_HELP = {
  zh:
    '每项条件写作：类型 后接若干 键=值，用空格分隔；多项条件用 | 分隔。类型：' + RestrictionType.options.join('、') +
    '。键：percent（比例数字，如 34，不带 %）、officer（legal_representative 或 principal，仅 NATIONALITY）、scopeZh/scopeEn（适用范围，用英文双引号括起）、sunsetOn（失效日 YYYY-MM-DD）。' +
    '例：CN_MIN_SHARE percent=67 scopeZh="社会调查" scopeEn="Social surveys" | NATIONALITY officer=legal_representative',
  en:
    'Write each condition as TYPE followed by key=value parts separated by spaces; separate conditions with |. Types: ' + RestrictionType.options.join(', ') +
    '. Keys: percent (a number such as 34, no %), officer (legal_representative or principal, NATIONALITY only), scopeZh/scopeEn (the part of the measure, in double quotes), sunsetOn (YYYY-MM-DD). ' +
    'Example: CN_MIN_SHARE percent=67 scopeZh="社会调查" scopeEn="Social surveys" | NATIONALITY officer=legal_representative',
};

// Guarantees: parseRestrictions(formatRestrictions(rs)) gives back rs (same fields and values).
export function formatRestrictions(restrictions: readonly Restriction[]): string {
  return restrictions
    .map((r) => [r.type, ...KEYS.flatMap((k) => (r[k] === undefined ? [] : [`${k}=${formatValue(k, String(r[k]))}`]))].join(' '))
    .join(' | ');
}

function formatValue(key: Key, value: string): string {
  if (!QUOTED_KEYS.includes(key) && BARE.test(value)) return value;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Reads a cell written in the syntax above; never throws: a problem is `{ ok: false, message }`. */
export function parseRestrictions(cell: string): RestrictionCellResult {
  const value: ParsedCondition[] = [];
  let i = 0;
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  const skipSpace = () => { while (isSpace(cell[i])) i++; };
  const readWord = () => {
    const start = i;
    while (i < cell.length && !isSpace(cell[i]) && !'|="“”\\'.includes(cell[i]!)) i++;
    return cell.slice(start, i);
  };
  const fail = (message: string): RestrictionCellResult => ({ ok: false, message });
  for (;;) {
    const n = value.length + 1;
    skipSpace();
    const word = readWord();
    if (word === '') {
      return fail(i >= cell.length || cell[i] === '|' ? `condition ${n} is empty` : `condition ${n} must start with a type, not ${JSON.stringify(cell.slice(i, i + 12))}`);
    }
    skipSpace();
    if (cell[i] === '=') return fail(`condition ${n} must start with a type (${RestrictionType.options.join(', ')}), not ${word}=`);
    const type = RestrictionType.options.find((t) => t === word.toUpperCase());
    if (!type) return fail(`condition ${n}: unknown type ${word}; the types are ${RestrictionType.options.join(', ')}`);
    const condition: ParsedCondition = { type };
    while (i < cell.length && cell[i] !== '|') {
      const keyWord = readWord();
      if (keyWord === '') return fail(`condition ${n} (${type}): unexpected ${JSON.stringify(cell[i])}; write key=value`);
      const key = KEYS.find((k) => k.toLowerCase() === keyWord.toLowerCase());
      if (!key) return fail(`condition ${n} (${type}): ${keyWord} is not key=value with a key of ${KEYS.join(', ')}`);
      if (condition[key] !== undefined) return fail(`condition ${n} (${type}): ${key} is given twice`);
      skipSpace();
      if (cell[i] !== '=') return fail(`condition ${n} (${type}): ${key} needs =value`);
      i++;
      skipSpace();
      const close = QUOTES[cell[i] ?? ''];
      let text: string;
      if (close !== undefined) {
        const read = readQuoted(cell, i + 1, close);
        if (read === undefined) return fail(`condition ${n} (${type}): the quoted ${key} is not closed with ${close}`);
        [text, i] = read;
      } else {
        text = readWord();
        if (text === '') return fail(`condition ${n} (${type}): ${key}= has no value`);
      }
      if (i < cell.length && !isSpace(cell[i]) && cell[i] !== '|') return fail(`condition ${n} (${type}): unexpected ${JSON.stringify(cell[i])} after ${key}=${text}`);
      if (key === 'percent') {
        if (!/^\d+(?:\.\d+)?$/.test(text)) return fail(`condition ${n} (${type}): percent must be a number such as 34, not ${JSON.stringify(text)}`);
        condition.percent = Number(text);
      } else {
        condition[key] = text;
      }
      skipSpace();
    }
    value.push(condition);
    if (i >= cell.length) return { ok: true, value };
    i++; // past |
  }
}

/** The text of a quoted value starting after its opening quote, and the index after the closing one. */
function readQuoted(cell: string, from: number, close: string): [string, number] | undefined {
  let text = '';
  for (let i = from; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === close) return [text, i + 1];
    if (c === '\\' && (cell[i + 1] === '"' || cell[i + 1] === '\\' || cell[i + 1] === close)) text += cell[++i];
    else text += c;
  }
  return undefined;
}
