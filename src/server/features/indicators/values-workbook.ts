// Indicator values as an Excel workbook, for area authorities who keep their statistics in Excel: the template for
// an area and a range of months (valuesTemplate: one row per raw indicator of the area and period, the current value
// filled in) and the reader of a filled-in workbook (readValuesWorkbook), which reports every problem by its cell.
//
// Sheet `values` (header in row 1, bold and frozen; columns found by their header, so order does not matter):
//   indicatorCode | indicator | unit | period | value | reason | current
// indicator and current are for reading only. A row with an empty value is not submitted. period is text (YYYY-MM,
// YYYY-Qn, YYYY); unit is the unit's code or Chinese name (empty: the indicator's own). Sheet `help` explains this.
import ExcelJS from 'exceljs';
import { findUnit, periodsBetween, ZONE, type Catalogue, type Indicator, type PeriodKind } from '../../../domain/indicators/index.ts';

export const SHEET = 'values';
const COLUMNS = ['indicatorCode', 'indicator', 'unit', 'period', 'value', 'reason', 'current'] as const;
type Column = (typeof COLUMNS)[number];
const READ: readonly Column[] = ['indicatorCode', 'unit', 'period', 'value', 'reason'];
const WIDTHS: Partial<Record<Column, number>> = { indicatorCode: 26, indicator: 40, unit: 12, period: 12, value: 14, reason: 40, current: 24 };
export const MAX_TEMPLATE_ROWS = 5000;

const HELP: [string, string][] = [
  ['每行一个指标的一个期间。填写 value（数值）后上传；value 为空的行不提交。', 'One row per indicator and period. Fill in value and upload; rows with an empty value are not submitted.'],
  ['period 为文本：月 YYYY-MM、季 YYYY-Qn、年 YYYY；只能填报已结束的期间。', 'period is text: month YYYY-MM, quarter YYYY-Qn, year YYYY; only ended periods can be reported.'],
  ['unit 可留空（按指标单位），或填同一量纲的其他单位（如 万亿元 指标填 亿元），系统自动换算。', 'unit may stay empty (the indicator’s unit), or name another unit of the same dimension (e.g. 亿元 for an indicator in 万亿元); it is converted.'],
  ['修改已提交或已审核的数值须在 reason 中说明理由（或在上传时统一填写）。', 'Revising a value already submitted or approved needs a reason in reason (or one reason for the whole upload).'],
  ['有任何错误时整个文件不予接收，错误按单元格列出；改正后重新上传。', 'If any cell is wrong, nothing in the file is accepted; the errors are listed by cell. Correct them and upload again.'],
  ['current 列为下载时的现值（已审核或待审核），仅供参考，不读取。', 'current shows the value when the template was made (approved or awaiting approval); it is not read.'],
];

/** The finest period kind an indicator is reported in. */
function finestKind(i: Extract<Indicator, { kind: 'raw' }>): PeriodKind {
  return i.entryPeriods.includes('month') ? 'month' : i.entryPeriods.includes('quarter') ? 'quarter' : 'year';
}

export interface TemplateInput {
  catalogue: Catalogue;
  scope: string;
  from: number;
  to: number;
  current: ReadonlyMap<string, { value: number; status: 'approved' | 'pending' }>;
}

// Guarantees: a workbook whose filled-in rows readValuesWorkbook reads back as the same indicator, period and value.
export async function valuesTemplate(input: TemplateInput): Promise<{ bytes: Buffer; rows: number }> {
  const { catalogue, scope } = input;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c, key: c, width: WIDTHS[c] ?? 16 }));
  ws.getRow(1).font = { bold: true };
  let rows = 0;
  for (const indicator of catalogue.indicators) {
    if (indicator.kind !== 'raw' || (indicator.entry === 'zone') !== (scope === ZONE)) continue;
    const unit = findUnit(catalogue, indicator.unit)!;
    for (const p of periodsBetween(finestKind(indicator), input.from, input.to)) {
      if (p.from < input.from || p.to > input.to) continue;
      if (++rows > MAX_TEMPLATE_ROWS) break;
      const now = input.current.get(`${indicator.code}|${p.text}`);
      const row = ws.addRow([indicator.code, indicator.nameZh, unit.zh, p.text, now?.value ?? null, null, now ? `${now.value} (${now.status === 'approved' ? '已审核' : '待审核'})` : null]);
      // Text cells stay text when edited: a typed 2019-03 is not turned into a date.
      for (const col of [1, 3, 4, 6]) row.getCell(col).numFmt = '@';
    }
  }
  const help = wb.addWorksheet('help');
  help.columns = [{ header: '说明', key: 'zh', width: 80 }, { header: 'help', key: 'en', width: 80 }];
  help.getRow(1).font = { bold: true };
  for (const [zh, en] of HELP) help.addRow([zh, en]).alignment = { wrapText: true, vertical: 'top' };
  const units = wb.addWorksheet('units');
  units.columns = [{ header: 'code', key: 'code', width: 14 }, { header: '单位', key: 'zh', width: 12 }, { header: 'unit', key: 'en', width: 20 }, { header: 'dimension', key: 'd', width: 14 }];
  units.getRow(1).font = { bold: true };
  for (const u of catalogue.units) units.addRow([u.code, u.zh, u.en, u.dimension]);
  return { bytes: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), rows: Math.min(rows, MAX_TEMPLATE_ROWS) };
}

export interface CellError {
  sheet: string;
  row: number;
  column: string;
  field: string;
  zh: string;
  en: string;
}

export interface WorkbookRow {
  row: number;
  indicatorCode: string;
  period: string;
  value: number | string | null;
  unit: string | null;
  reason: string | null;
}

/** The cell of a field in a row, for mapping a value's problem back to the workbook. */
export interface ReadWorkbook {
  rows: WorkbookRow[];
  errors: CellError[];
  columnOf: (field: string) => string;
}

// Guarantees: every non-blank row with a value, and every problem found by its sheet, row and column; a file that is
// no workbook, or has no sheet `values` or no needed column, is one error naming it.
export async function readValuesWorkbook(bytes: Buffer): Promise<ReadWorkbook> {
  const wb = new ExcelJS.Workbook();
  const fail = (zh: string, en: string, row = 1, column = 'A'): ReadWorkbook => ({ rows: [], errors: [{ sheet: SHEET, row, column, field: 'contentBase64', zh, en }], columnOf: () => 'A' });
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail('文件不是 Excel 工作簿（.xlsx），请用下载的模板填写', 'the file is not an Excel workbook (.xlsx); fill in the downloaded template');
  }
  const ws = wb.worksheets.find((w) => w.name.trim().toLowerCase() === SHEET);
  if (!ws) return fail(`工作簿中没有 ${SHEET} 工作表`, `the workbook has no sheet ${SHEET}`);
  const byColumn = new Map<Column, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const key = COLUMNS.find((c) => c.toLowerCase() === String(text(cell.value) ?? '').trim().toLowerCase());
    if (key && !byColumn.has(key)) byColumn.set(key, col);
  });
  const absent = (['indicatorCode', 'period', 'value'] as const).filter((c) => !byColumn.has(c));
  if (absent.length > 0) return fail(`第 1 行缺少列 ${absent.join('、')}`, `row 1 has no column ${absent.join(', ')}`);
  if (ws.rowCount > MAX_TEMPLATE_ROWS + 1) return fail(`最多读取 ${MAX_TEMPLATE_ROWS} 行`, `at most ${MAX_TEMPLATE_ROWS} rows are read`, ws.rowCount);
  const letter = (c: Column) => ws.getColumn(byColumn.get(c) ?? 1).letter;
  const errors: CellError[] = [];
  const rows: WorkbookRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Partial<Record<Column, string | number | null>> = {};
    let bad = false;
    for (const c of READ) {
      const col = byColumn.get(c);
      if (col === undefined) continue;
      const v = row.getCell(col).value;
      if (v !== null && typeof v === 'object' && 'error' in v) {
        errors.push({ sheet: SHEET, row: r, column: letter(c), field: c, zh: `单元格为错误值 ${String(v.error)}`, en: `the cell holds the error ${String(v.error)}` });
        bad = true;
        continue;
      }
      cells[c] = c === 'period' ? periodText(v) : plain(v);
    }
    if (bad) continue;
    const empty = (v: unknown) => v === null || v === undefined || v === '';
    if (empty(cells.value)) continue; // not submitted (blank rows, or a period left open)
    if (empty(cells.indicatorCode)) {
      errors.push({ sheet: SHEET, row: r, column: letter('indicatorCode'), field: 'indicatorCode', zh: '未填写指标代码', en: 'no indicator code' });
      continue;
    }
    rows.push({
      row: r, indicatorCode: String(cells.indicatorCode).trim(), period: String(cells.period ?? '').trim(), value: cells.value ?? null,
      unit: empty(cells.unit) ? null : String(cells.unit), reason: empty(cells.reason) ? null : String(cells.reason),
    });
  }
  return { rows, errors, columnOf: (field) => (COLUMNS.includes(field as Column) ? letter(field as Column) : letter('value')) };
}

function text(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v && v.result !== undefined && typeof v.result !== 'object') return String(v.result);
  return null;
}

function plain(v: ExcelJS.CellValue): string | number | null {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
  const t = text(v);
  return t === null || t.trim() === '' ? null : t.trim();
}

/** A period as text: Excel may have turned a typed 2019-03 into a date, or 2019 into a number. */
function periodText(v: ExcelJS.CellValue): string | null {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
  const p = plain(v);
  return p === null ? null : String(p);
}
