// The printable report of a year (issue 7: a printable report (PDF) for a period): the zone and its areas side by
// side, the Plan's targets with their lights, the clusters as bars, the project pipeline. Drawn on request from the
// same figures as the dashboard, so paper and screen never differ. A4 portrait, Noto Sans SC.
import PDFDocument from 'pdfkit';
import type { DashboardResponse } from '../../../schemas/dashboards.ts';
import { cjkFonts, pdfBytes } from '../../pdf/cjk-fonts.ts';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const WIDTH = PAGE.width - 2 * MARGIN;
const INK = '#1f1f1f';
const GREY = '#8c8c8c';
const LIGHT_COLOUR: Record<string, string> = { on_track: '#389e0d', at_risk: '#d48806', off_track: '#cf1322', no_data: '#bfbfbf', no_target: '#bfbfbf' };
const LIGHT_ZH: Record<string, string> = { on_track: '正常', at_risk: '预警', off_track: '滞后', no_data: '无数据', no_target: '无目标' };
const AREA_COLOURS = ['#1677ff', '#13a8a8', '#fa8c16'];

const number = (n: number | null, digits = 2) => (n === null ? '—' : new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits }).format(n));
const yi = (yuan: number) => number(yuan / 1e8);

type Doc = PDFKit.PDFDocument;

function heading(doc: Doc, zh: string, en: string) {
  if (doc.y > PAGE.height - 160) doc.addPage();
  doc.moveDown(0.8).font('bold').fontSize(13).fillColor(INK).text(zh, MARGIN, doc.y, { continued: true });
  doc.font('regular').fontSize(9).fillColor(GREY).text(`  ${en}`);
  doc.moveDown(0.3);
}

/** A table with fixed column widths (fractions of the page), a header row, and a new page when the bottom is near. */
function table(doc: Doc, columns: { title: string; width: number; align?: 'left' | 'right' }[], rows: string[][], marks?: (string | null)[]) {
  const widths = columns.map((c) => c.width * WIDTH);
  const drawRow = (cells: string[], bold: boolean, mark: string | null) => {
    if (doc.y > PAGE.height - MARGIN - 20) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'bold' : 'regular').fontSize(8).fillColor(INK);
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }));
    cells.forEach((c, i) => {
      if (i === 0 && mark) doc.circle(x + 3, y + 5, 2.5).fill(mark).fillColor(INK);
      doc.text(c, x + (i === 0 && mark ? 9 : 3), y + 1, { width: widths[i]! - (i === 0 && mark ? 12 : 6), align: columns[i]!.align ?? 'left' });
      x += widths[i]!;
    });
    const bottom = y + Math.max(...heights) + 4;
    doc.moveTo(MARGIN, bottom).lineTo(MARGIN + WIDTH, bottom).lineWidth(0.3).strokeColor('#d9d9d9').stroke();
    doc.x = MARGIN;
    doc.y = bottom + 2;
  };
  drawRow(columns.map((c) => c.title), true, null);
  rows.forEach((r, i) => drawRow(r, false, marks?.[i] ?? null));
}

/** Horizontal bars of enterprises per cluster, stacked by area. */
function clusterBars(doc: Doc, d: DashboardResponse) {
  const labelWidth = 130;
  const barWidth = WIDTH - labelWidth - 50;
  const totals = d.clusters.map((c) => c.areas.reduce((n, a) => n + a.enterprises, 0));
  const max = Math.max(1, ...totals);
  d.clusters.forEach((c, i) => {
    if (doc.y > PAGE.height - MARGIN - 20) doc.addPage();
    const y = doc.y;
    doc.font('regular').fontSize(8).fillColor(INK).text(c.nameZh, MARGIN, y, { width: labelWidth - 6 });
    let x = MARGIN + labelWidth;
    c.areas.forEach((a, k) => {
      const w = (a.enterprises / max) * barWidth;
      if (w > 0) doc.rect(x, y + 1, w, 8).fill(AREA_COLOURS[k % AREA_COLOURS.length]!);
      x += w;
    });
    doc.fillColor(INK).text(String(totals[i]), x + 4, y, { width: 44 });
    doc.x = MARGIN;
    doc.y = y + 14;
  });
  const y = doc.y + 2;
  d.areas.forEach((a, k) => {
    doc.rect(MARGIN + k * 110, y + 1, 8, 8).fill(AREA_COLOURS[k % AREA_COLOURS.length]!);
    doc.fillColor(INK).fontSize(8).text(a.nameZh, MARGIN + k * 110 + 12, y, { width: 96 });
  });
  doc.x = MARGIN;
  doc.y = y + 14;
}

export async function dashboardPdf(d: DashboardResponse, generatedBy: string): Promise<Buffer> {
  const { regular, bold } = cjkFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: regular as unknown as string, // pdfkit takes font bytes here, as in font(); its types say string only
    info: { Title: `中国（重庆）自由贸易试验区运行情况报告 ${d.year}年`, Subject: `CQFTZ operation report ${d.year}`, Author: 'FTZ Office', Creator: 'zimao' },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const finished = pdfBytes(doc);

  doc.font('bold').fontSize(18).fillColor(INK).text(`中国（重庆）自由贸易试验区运行情况报告（${d.year}年）`, { align: 'center' });
  doc.font('regular').fontSize(9).fillColor(GREY).text(`China (Chongqing) Pilot Free Trade Zone: operation report ${d.year}`, { align: 'center' });
  doc.text(`存量截至 ${d.date}　·　导出：${generatedBy}　·　金额单位：亿元`, { align: 'center' });

  heading(doc, '一、片区概览', 'The zone and its areas');
  const figureRows = [...(d.zone ? [{ nameZh: '自贸试验区合计', ...d.zone }] : []), ...d.areas];
  table(doc, [
    { title: '范围', width: 0.16 }, { title: '在册企业', width: 0.1, align: 'right' }, { title: '外资企业', width: 0.1, align: 'right' },
    { title: '注册资本', width: 0.12, align: 'right' }, { title: `${d.year}年新设`, width: 0.1, align: 'right' }, { title: '新设外资', width: 0.1, align: 'right' },
    { title: '新设注册资本', width: 0.12, align: 'right' }, { title: '项目', width: 0.08, align: 'right' }, { title: '项目投资', width: 0.12, align: 'right' },
  ], figureRows.map((f) => [f.nameZh, number(f.enterprises, 0), number(f.foreignInvested, 0), yi(f.registeredCapitalYuan), number(f.newInYear, 0), number(f.newForeignInYear, 0), yi(f.newCapitalYuanInYear), number(f.projects, 0), yi(f.projectInvestmentYuan)]));
  const lightLine = d.areas.map((a) => `${a.nameZh}：正常 ${a.lights.on_track}，预警 ${a.lights.at_risk}，滞后 ${a.lights.off_track}，无数据 ${a.lights.no_data}`).join('；');
  doc.moveDown(0.3).font('regular').fontSize(8).fillColor(GREY).text(`${d.year}年指标评分卡：${lightLine}。`, MARGIN, doc.y, { width: WIDTH });

  heading(doc, '二、规划目标进展', "The Plan's targets for the zone");
  table(doc, [
    { title: '目标', width: 0.07 }, { title: '指标', width: 0.25 }, { title: '目标值', width: 0.12, align: 'right' }, { title: '实际', width: 0.12, align: 'right' },
    { title: '应达', width: 0.12, align: 'right' }, { title: '截至', width: 0.1 }, { title: '状态', width: 0.22 },
  ], d.targets.map((t) => [t.targetId, `${t.nameZh}（${t.unit.zh}）`, number(t.goal), number(t.actual), number(t.expected), t.asOf ?? '—', LIGHT_ZH[t.light] ?? t.light]), d.targets.map((t) => LIGHT_COLOUR[t.light] ?? null));

  heading(doc, '三、产业集群（在册企业数）', 'Enterprises by cluster, stacked by area');
  clusterBars(doc, d);

  heading(doc, '四、招商项目储备', 'The investment-project pipeline');
  const areaName = new Map(d.areas.map((a) => [a.areaCode, a.nameZh]));
  table(doc, [{ title: '片区', width: 0.16 }, ...d.pipeline.stages.map((s) => ({ title: s.nameZh, width: 0.84 / d.pipeline.stages.length, align: 'right' as const }))],
    d.pipeline.areas.map((a) => [areaName.get(a.areaCode) ?? a.areaCode, ...d.pipeline.stages.map((s) => {
      const st = a.stages.find((x) => x.stage === s.key);
      return st ? `${st.current}（${yi(st.investmentYuan)}）` : '0';
    })]));
  doc.moveDown(0.3).font('regular').fontSize(8).fillColor(GREY).text('括号内为投资额（亿元）。口径：在册企业不含已注销；注册资本仅合计载有注册资本的企业；同一行业小类属两个产业集群的两处均计；已放弃的项目不计；指标仅计已审核数据。', MARGIN, doc.y, { width: WIDTH });

  doc.end();
  return finished;
}
