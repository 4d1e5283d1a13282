import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { NegativeListEdition } from '../../../domain/admission/negative-list-edition.ts';
import { type AppError, isAppError } from '../../../domain/app-error.ts';
import { editionFromWorkbook, editionToWorkbook } from './edition-workbook.ts';

const raw = (year: string): unknown => JSON.parse(readFileSync(new URL(`../../../../reference-data/negative-lists/ftz-${year}.json`, import.meta.url), 'utf8'));
const YEARS = ['2018', '2019', '2020', '2021'];
const e2021 = NegativeListEdition.parse(raw('2021'));
const e2018 = NegativeListEdition.parse(raw('2018'));

/** The workbook of an edition after `change` edits it as an officer would in Excel. */
async function edited(edition: NegativeListEdition, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await editionToWorkbook(edition)) as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
/** The cell of a sheet's row under the header `column`. */
function cell(wb: ExcelJS.Workbook, sheet: string, row: number, column: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  const headers = ws.getRow(1).values as unknown[];
  const col = headers.indexOf(column);
  if (col < 1) throw new Error(`no column ${column} in ${sheet}`);
  return ws.getCell(row, col);
}
/** The row of the edition sheet holding `field`. */
const fieldRow = (field: string) => ['dataset', 'code', 'titleZh', 'titleEn', 'instrument', 'issuedOn', 'effectiveFrom', 'measureCount', 'reconstructed', 'industryCodeEdition'].indexOf(field) + 2;

async function refusal(bytes: Buffer): Promise<AppError> {
  try {
    await editionFromWorkbook(bytes);
  } catch (error) {
    if (isAppError(error, 'INVALID_REQUEST')) return error;
    throw error;
  }
  throw new Error('expected the workbook to be refused');
}

describe('negative-list edition workbook', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it.each(YEARS)('reads back the %s edition exactly', async (year) => {
    const edition = NegativeListEdition.parse(raw(year));
    const back = await editionFromWorkbook(await editionToWorkbook(edition));
    expect(back).toStrictEqual(raw(year));
    expect(NegativeListEdition.safeParse(back).success).toBe(true);
  });

  it('writes the sheets with bold frozen headers, the help sheet and the restrictions note', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await editionToWorkbook(e2018)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['edition', 'sources', 'measures', 'help']);
    const measures = wb.getWorksheet('measures')!;
    expect(measures.getRow(1).values).toEqual([undefined, 'no', 'identified', 'section', 'textZh', 'textEn', 'industryCodes', 'restrictions', 'wordingReconstructed', 'note']);
    expect(measures.getCell('A1').font?.bold).toBe(true);
    expect(measures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(String(measures.getCell('G1').note)).toContain('CN_MIN_SHARE percent=67');
    expect(cell(wb, 'measures', 45, 'identified').value).toBe(false);
    expect(cell(wb, 'measures', 2, 'industryCodes').value).toBe('0112, 0113, 0511');
    expect(cell(wb, 'measures', 2, 'industryCodes').numFmt).toBe('@');
    expect(cell(wb, 'edition', fieldRow('measureCount'), 'value').value).toBe(45);
    expect(String(wb.getWorksheet('help')!.getCell('B5').value)).toContain('每项条件');
  });

  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])('reads an Excel date cell as its civil date in zone %s', async (tz) => {
    const bytes = await edited(e2021, (wb) => {
      const issued = cell(wb, 'edition', fieldRow('issuedOn'), 'value');
      issued.value = new Date(Date.UTC(2021, 11, 27));
      issued.numFmt = 'yyyy-mm-dd';
      cell(wb, 'edition', fieldRow('effectiveFrom'), 'value').value = new Date(Date.UTC(2022, 0, 1, 23, 59));
    });
    process.env.TZ = tz;
    // The zone really changed: a day-of-month read in local time would be off by one here.
    expect(new Date(Date.UTC(2022, 0, 1, 23, 59)).getDate() === 1 && new Date(Date.UTC(2021, 11, 27)).getDate() === 27).toBe(false);
    const back = await editionFromWorkbook(bytes);
    expect(back).toMatchObject({ issuedOn: '2021-12-27', effectiveFrom: '2022-01-01' });
    expect(NegativeListEdition.parse(back)).toStrictEqual(e2021);
  });

  it('accepts what an officer types: digits as text, 是/否, a hyperlink, blank rows and blank cells', async () => {
    const bytes = await edited(e2021, (wb) => {
      cell(wb, 'edition', fieldRow('measureCount'), 'value').value = ' 27 ';
      cell(wb, 'edition', fieldRow('reconstructed'), 'value').value = '是';
      cell(wb, 'measures', 2, 'wordingReconstructed').value = 'TRUE';
      cell(wb, 'measures', 3, 'note').value = '   ';
      cell(wb, 'sources', 2, 'url').value = { text: e2021.sources[0]!.url!, hyperlink: e2021.sources[0]!.url! };
      cell(wb, 'measures', 4, 'identified').value = null;
      wb.getWorksheet('measures')!.insertRow(5, []);
      wb.getWorksheet('sources')!.insertRow(3, []);
    });
    const back = await editionFromWorkbook(bytes);
    const measure2 = { ...e2021.measures[1] };
    delete (measure2 as { note?: string }).note;
    expect(NegativeListEdition.parse(back)).toStrictEqual({ ...e2021, measures: [e2021.measures[0], measure2, ...e2021.measures.slice(2)] });
  });

  it('refuses a file that is not a workbook', async () => {
    for (const bytes of [Buffer.from('not a workbook'), Buffer.alloc(0), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 7)])]) {
      const error = await refusal(bytes);
      expect(error.field).toBe('contentBase64');
      expect(error.message).toMatch(/not an Excel workbook/);
    }
  });

  it('names a missing sheet and an unknown column', async () => {
    const noMeasures = await refusal(await edited(e2021, (wb) => wb.removeWorksheet(wb.getWorksheet('measures')!.id)));
    expect(noMeasures).toMatchObject({ field: 'contentBase64', message: 'the workbook has no sheet measures; it needs the sheets edition, sources and measures' });
    const typo = await refusal(await edited(e2021, (wb) => { cell(wb, 'measures', 1, 'textZh').value = 'txtZh'; }));
    expect(typo).toMatchObject({ field: 'contentBase64' });
    expect(typo.message).toMatch(/^sheet measures row 1: unknown column txtZh; the columns are no, identified, /);
  });

  it('names the cell of a malformed restriction or a percent written as text', async () => {
    const unclosed = await refusal(await edited(e2021, (wb) => { cell(wb, 'measures', 7, 'restrictions').value = 'PROHIBITED scopeZh="基础电信业务'; }));
    expect(unclosed).toMatchObject({ field: 'edition.measures.5.restrictions', message: 'sheet measures row 7 column restrictions: condition 1 (PROHIBITED): the quoted scopeZh is not closed with "' });
    const percent = await refusal(await edited(e2021, (wb) => { cell(wb, 'measures', 2, 'restrictions').value = 'CN_MIN_SHARE percent=三十四'; }));
    expect(percent).toMatchObject({ field: 'edition.measures.0.restrictions', message: 'sheet measures row 2 column restrictions: condition 1 (CN_MIN_SHARE): percent must be a number such as 34, not "三十四"' });
  });

  it('names the cell of a wrong number, boolean, date, code or error value', async () => {
    const cases: [(wb: ExcelJS.Workbook) => void, string, string][] = [
      [(wb) => { cell(wb, 'edition', fieldRow('measureCount'), 'value').value = 'twenty-seven'; }, 'edition.measureCount', 'sheet edition row 9 column value: expected a whole number, not "twenty-seven"'],
      [(wb) => { cell(wb, 'edition', fieldRow('reconstructed'), 'value').value = 'maybe'; }, 'edition.reconstructed', 'sheet edition row 10 column value: expected TRUE or FALSE (是/否), not "maybe"'],
      [(wb) => { cell(wb, 'edition', fieldRow('issuedOn'), 'value').value = '2021/12/27'; }, 'edition.issuedOn', 'sheet edition row 7 column value: expected a date (a date cell or text YYYY-MM-DD), not "2021/12/27"'],
      [(wb) => { cell(wb, 'edition', fieldRow('issuedOn'), 'value').value = 44557; }, 'edition.issuedOn', 'sheet edition row 7 column value: expected a date (a date cell or text YYYY-MM-DD), not 44557'],
      [(wb) => { cell(wb, 'measures', 3, 'no').value = 2.5; }, 'edition.measures.1.no', 'sheet measures row 3 column no: expected a whole number, not 2.5'],
      [(wb) => { cell(wb, 'measures', 2, 'industryCodes').value = 511; }, 'edition.measures.0.industryCodes', 'sheet measures row 2 column industryCodes: industry codes must be text (a number cell loses leading zeros: write 0511 in a text cell), not 511'],
      [(wb) => { cell(wb, 'sources', 3, 'title').value = { error: '#N/A' }; }, 'edition.sources.1.title', 'sheet sources row 3 column title: the cell holds the error #N/A'],
      [(wb) => { cell(wb, 'edition', 12, 'field').value = 'editor'; cell(wb, 'edition', 12, 'value').value = 'x'; }, 'edition', 'sheet edition row 12: unknown field editor; the fields are dataset, code, titleZh, titleEn, instrument, issuedOn, effectiveFrom, measureCount, reconstructed, industryCodeEdition'],
      [(wb) => { cell(wb, 'edition', 12, 'field').value = 'code'; }, 'edition.code', 'sheet edition row 12: field code is given twice'],
    ];
    for (const [change, field, message] of cases) {
      expect(await refusal(await edited(e2021, change))).toMatchObject({ field, message });
    }
  });

  it('refuses text beside an unidentified measure', async () => {
    const error = await refusal(await edited(e2018, (wb) => { cell(wb, 'measures', 45, 'section').value = 'B'; }));
    expect(error).toMatchObject({ field: 'edition.measures.43.section', message: 'sheet measures row 45 column section: an unidentified measure (identified = FALSE) has only no and note; leave section empty' });
  });

  it('leaves the schema rules to the caller: the result of a well-formed workbook is checked by NegativeListEdition', async () => {
    const back = await editionFromWorkbook(await edited(e2021, (wb) => { cell(wb, 'measures', 2, 'restrictions').value = 'CN_MIN_SHARE'; }));
    const parsed = NegativeListEdition.safeParse(back);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['measures', 0, 'restrictions', 0, 'percent']);
    const noTitle = await editionFromWorkbook(await edited(e2021, (wb) => { cell(wb, 'edition', fieldRow('titleEn'), 'value').value = null; }));
    expect(Object.keys(noTitle as object)).not.toContain('titleEn');
    expect(NegativeListEdition.safeParse(noTitle).error?.issues[0]?.path).toEqual(['titleEn']);
  });
});
