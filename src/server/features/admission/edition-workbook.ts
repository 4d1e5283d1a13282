// A negative-list edition (NegativeListEdition) as an Excel workbook, for administrators who prepare a new edition
// in Excel: the template/export (editionToWorkbook) and the reader of a filled-in workbook (editionFromWorkbook).
//
// Sheets (header in row 1, bold and frozen; columns are found by their header, so their order does not matter):
//   edition   field | value — one row per top-level field: dataset, code, titleZh, titleEn, instrument, issuedOn,
//             effectiveFrom, measureCount, reconstructed, industryCodeEdition
//   sources   title | url | confidence (high, medium, low)
//   measures  no | identified | section | textZh | textEn | industryCodes | restrictions | wordingReconstructed | note
//   help      the rules below in Chinese and English (not read back)
// Cells: numbers (measureCount, no) as numbers or digits; booleans as TRUE/FALSE or true/false/是/否; dates as Excel
// date cells (read as the civil date shown, whatever the server's time zone) or text YYYY-MM-DD; industryCodes as
// text separated by commas (0511 must be text: a number cell has lost its leading zero); an unidentified measure has
// identified = FALSE and only no and note; restrictions in the syntax of restriction-cell.ts, e.g.
//   CN_MIN_SHARE percent=67 scopeZh="社会调查" scopeEn="Social surveys" | NATIONALITY officer=legal_representative
// Empty cells are left out; blank rows are skipped. Every problem is AppError INVALID_REQUEST whose field is the JSON
// path the JSON loader would report (edition.measures.<0-based index>.<column>) or contentBase64 for the file itself.
import ExcelJS from 'exceljs';
import { isIdentified, type NegativeListEdition } from '../../../domain/admission/negative-list-edition.ts';
import { AppError } from '../../../domain/app-error.ts';
import { formatRestrictions, parseRestrictions, RESTRICTION_CELL_HELP } from './restriction-cell.ts';

type Kind = 'text' | 'int' | 'bool' | 'date' | 'codes' | 'restrictions';
const EDITION_FIELDS: Record<string, Kind> = {
  dataset: 'text', code: 'text', titleZh: 'text', titleEn: 'text', instrument: 'text', issuedOn: 'date',
  effectiveFrom: 'date', measureCount: 'int', reconstructed: 'bool', industryCodeEdition: 'text',
};
const SOURCE_COLUMNS: Record<string, Kind> = { title: 'text', url: 'text', confidence: 'text' };
const MEASURE_COLUMNS: Record<string, Kind> = {
  no: 'int', identified: 'bool', section: 'text', textZh: 'text', textEn: 'text', industryCodes: 'codes',
  restrictions: 'restrictions', wordingReconstructed: 'bool', note: 'text',
};
const WIDTHS: Record<string, number> = { value: 60, title: 80, url: 50, textZh: 50, textEn: 50, restrictions: 60, note: 50, industryCodes: 20 };
const MAX_ROWS = 5000;

const HELP: [string, string, string][] = [
  ['edition', '每行一个字段：field 为字段名，value 为值。日期写作 YYYY-MM-DD 或使用日期单元格；reconstructed 填 TRUE/FALSE（或 是/否）。', 'One row per field: field is the name, value its value. Dates as YYYY-MM-DD or a date cell; reconstructed TRUE/FALSE (or 是/否).'],
  ['sources', '每行一个来源：title 标题，url 链接（可空），confidence 为 high、medium 或 low。', 'One row per source: title, url (may be empty), confidence high, medium or low.'],
  ['measures', '每行一项措施，no 从 1 起连续编号。industryCodes 为 GB/T 4754-2017 代码，以逗号分隔，须为文本（如 0511）。无法识别的措施：identified 填 FALSE，只填 no 和 note。', 'One row per measure, no counting from 1. industryCodes: GB/T 4754-2017 codes separated by commas, as text (e.g. 0511). An unidentified measure: identified FALSE, only no and note.'],
  ['restrictions', RESTRICTION_CELL_HELP.zh, RESTRICTION_CELL_HELP.en],
  ['', '空单元格视为未填写；空行会被跳过。', 'An empty cell means not given; blank rows are skipped.'],
];

// Guarantees: editionFromWorkbook(await editionToWorkbook(e)) deep-equals e.
export async function editionToWorkbook(edition: NegativeListEdition): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const scalars: Record<string, unknown> = edition;
  addSheet(wb, 'edition', ['field', 'value'], Object.keys(EDITION_FIELDS).map((f) => [f, scalars[f]]));
  addSheet(wb, 'sources', Object.keys(SOURCE_COLUMNS), edition.sources.map((s) => [s.title, s.url, s.confidence]));
  const measures = addSheet(wb, 'measures', Object.keys(MEASURE_COLUMNS), edition.measures.map((m) =>
    isIdentified(m)
      ? [m.no, true, m.section, m.textZh, m.textEn, m.industryCodes.join(', '), formatRestrictions(m.restrictions), m.wordingReconstructed, m.note]
      : [m.no, false, undefined, undefined, undefined, undefined, undefined, undefined, m.note]));
  measures.getCell(1, 7).note = `${RESTRICTION_CELL_HELP.zh}\n\n${RESTRICTION_CELL_HELP.en}`;
  addSheet(wb, 'help', ['topic', '说明', 'help'], HELP);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function addSheet(wb: ExcelJS.Workbook, name: string, headers: string[], rows: unknown[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((h) => ({ header: h, key: h, width: WIDTHS[h] ?? (name === 'help' ? 70 : 16) }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = ws.addRow(row.map((v) => v ?? null));
    added.eachCell((cell) => {
      // Text cells stay text when edited (a typed 0511 or 2022-01-01 is not turned into a number or a date).
      if (typeof cell.value === 'string') cell.numFmt = '@';
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return ws;
}

/** The plain object a workbook holds; the caller validates it with NegativeListEdition. */
export async function editionFromWorkbook(bytes: Buffer): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalid('contentBase64', 'the file is not an Excel workbook (.xlsx); save it as an Excel Workbook (.xlsx) from the template');
  }
  const edition: Record<string, unknown> = {};
  for (const row of readTable(wb, 'edition', { field: 'text', value: 'text' }, true)) {
    const given = row.value('field', 'edition');
    const at = `sheet edition row ${row.number}`;
    if (typeof given !== 'string') throw invalid('edition', `${at}: column field is empty`);
    const name = Object.keys(EDITION_FIELDS).find((f) => f.toLowerCase() === given.toLowerCase());
    const kind = name === undefined ? undefined : EDITION_FIELDS[name];
    if (name === undefined || kind === undefined) throw invalid('edition', `${at}: unknown field ${given}; the fields are ${Object.keys(EDITION_FIELDS).join(', ')}`);
    if (name in edition) throw invalid(`edition.${name}`, `${at}: field ${name} is given twice`);
    const value = row.value('value', `edition.${name}`, kind);
    if (value !== undefined) edition[name] = value;
  }
  const sources = readTable(wb, 'sources', SOURCE_COLUMNS).map((row, i) => row.object((c) => `edition.sources.${i}.${c}`));
  const measures = readTable(wb, 'measures', MEASURE_COLUMNS).map((row, i) => {
    const m = row.object((c) => `edition.measures.${i}.${c}`);
    if (m.identified === true) delete m.identified;
    if (m.identified === false) {
      const extra = Object.keys(m).find((k) => !['no', 'identified', 'note'].includes(k));
      if (extra) throw invalid(`edition.measures.${i}.${extra}`, `sheet measures row ${row.number} column ${extra}: an unidentified measure (identified = FALSE) has only no and note; leave ${extra} empty`);
    }
    return m;
  });
  return { ...edition, sources, measures };
}

interface TableRow {
  number: number;
  /** The converted cell of a column (undefined when empty); field is the JSON path for errors. */
  value(column: string, field: string, kind?: Kind): unknown;
  /** Every non-empty cell of the row as { column: value }. */
  object(field: (column: string) => string): Record<string, unknown>;
}

function readTable(wb: ExcelJS.Workbook, name: string, columns: Record<string, Kind>, requireAll = false): TableRow[] {
  const ws = wb.worksheets.find((w) => w.name.trim().toLowerCase() === name);
  if (!ws) throw invalid('contentBase64', `the workbook has no sheet ${name}; it needs the sheets edition, sources and measures`);
  const byColumn = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const header = plain(cell, () => invalid('contentBase64', `sheet ${name} row 1: a header cell holds an error`));
    if (header === undefined) return;
    const key = Object.keys(columns).find((c) => c.toLowerCase() === String(header).trim().toLowerCase());
    if (!key || byColumn.has(key)) {
      throw invalid('contentBase64', `sheet ${name} row 1: ${key ? 'repeated' : 'unknown'} column ${String(header)}; the columns are ${Object.keys(columns).join(', ')}`);
    }
    byColumn.set(key, col);
  });
  const missing = Object.keys(columns).filter((c) => !byColumn.has(c));
  if (requireAll && missing.length > 0) throw invalid('contentBase64', `sheet ${name} has no column ${missing.join(', ')} in row 1`);
  if (ws.rowCount > MAX_ROWS) throw invalid('contentBase64', `sheet ${name} has ${ws.rowCount} rows; at most ${MAX_ROWS} are read`);
  const rows: TableRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const value = (column: string, field: string, kind: Kind = columns[column] ?? 'text') => {
      const col = byColumn.get(column);
      if (col === undefined) return undefined;
      const at = `sheet ${name} row ${r} column ${column}`;
      return convert(plain(row.getCell(col), (m) => invalid(field, `${at}: ${m}`)), kind, (m) => invalid(field, `${at}: ${m}`));
    };
    const blank = [...byColumn.values()].every((col) => isBlank(row.getCell(col)));
    if (blank) continue;
    const object = (field: (column: string) => string) => {
      const o: Record<string, unknown> = {};
      for (const column of byColumn.keys()) {
        const v = value(column, field(column));
        if (v !== undefined) o[column] = v;
      }
      return o;
    };
    rows.push({ number: r, value, object });
  }
  return rows;
}

type Plain = string | number | boolean | Date | undefined;
type Fail = (message: string) => AppError;

/** A cell's value reduced to text, number, boolean or date (undefined when empty); formulas give their result. */
function plain(cell: ExcelJS.Cell, fail: Fail): Plain {
  const v: ExcelJS.CellValue = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return plainText(v.richText.map((t) => t.text).join(''));
  if ('hyperlink' in v) return plainText(typeof v.text === 'string' ? v.text : v.hyperlink);
  if ('error' in v) throw fail(`the cell holds the error ${v.error}`);
  const result = v.result;
  if (result !== undefined && typeof result === 'object' && !(result instanceof Date)) throw fail(`the formula gives the error ${result.error}`);
  return typeof result === 'string' ? plainText(result) : result;
}

function isBlank(cell: ExcelJS.Cell): boolean {
  try {
    return plain(cell, (m) => invalid('contentBase64', m)) === undefined;
  } catch {
    return false; // an error cell is not blank: reading the row reports it
  }
}

const plainText = (s: string) => (s.trim() === '' ? undefined : s.trim());

function convert(v: Plain, kind: Kind, fail: Fail): unknown {
  if (v === undefined) return undefined;
  const shown = v instanceof Date ? 'a date' : JSON.stringify(v);
  switch (kind) {
    case 'text':
      if (typeof v === 'number') return String(v);
      if (typeof v !== 'string') throw fail(`expected text, not ${shown}`);
      return v;
    case 'int':
      if (typeof v === 'number' && Number.isInteger(v)) return v;
      if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
      throw fail(`expected a whole number, not ${shown}`);
    case 'bool': {
      if (typeof v === 'boolean') return v;
      const text = String(v).toLowerCase();
      if (text === 'true' || text === '是') return true;
      if (text === 'false' || text === '否') return false;
      throw fail(`expected TRUE or FALSE (是/否), not ${shown}`);
    }
    case 'date':
      // Excel stores a date as a day count without a zone; exceljs reads it as that day at 00:00 UTC.
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
      throw fail(`expected a date (a date cell or text YYYY-MM-DD), not ${shown}`);
    case 'codes':
      if (typeof v !== 'string') throw fail(`industry codes must be text (a number cell loses leading zeros: write 0511 in a text cell), not ${shown}`);
      return v.split(/[\s,，、;；]+/).filter((c) => c !== '');
    case 'restrictions': {
      if (typeof v !== 'string') throw fail(`expected conditions such as CN_MIN_SHARE percent=34, not ${shown}`);
      const parsed = parseRestrictions(v);
      if (!parsed.ok) throw fail(parsed.message);
      return parsed.value;
    }
  }
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_REQUEST', { field, message });
}
