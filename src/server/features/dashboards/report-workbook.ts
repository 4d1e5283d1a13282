// The dashboard of a year as an Excel workbook (issue 7: export to Excel): one sheet per view, headers in Chinese with
// English beneath, figures as numbers (not text) so the Office can compute with them, money in 万元 as Chinese
// statistical tables give it.
import ExcelJS from 'exceljs';
import type { DashboardResponse } from '../../../schemas/dashboards.ts';

const WAN = 10_000;
const wan = (yuan: number) => Math.round((yuan / WAN) * 100) / 100;

const LIGHT_ZH: Record<string, string> = { on_track: '正常', at_risk: '预警', off_track: '滞后', no_data: '无数据', no_target: '无目标' };

function sheet(wb: ExcelJS.Workbook, name: string, header: [string, string][], rows: (string | number | null)[][]) {
  const ws = wb.addWorksheet(name);
  ws.addRow(header.map(([zh]) => zh)).font = { bold: true };
  ws.addRow(header.map(([, en]) => en)).font = { italic: true, color: { argb: 'FF595959' } };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c, i) => (c.width = Math.max(10, Math.min(48, (header[i]?.[0].length ?? 4) * 2 + 6))));
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return ws;
}

export async function dashboardWorkbook(d: DashboardResponse, generatedBy: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zimao';
  wb.created = new Date(`${d.date}T00:00:00+08:00`);
  const areaName = new Map(d.areas.map((a) => [a.areaCode, a.nameZh]));

  const figureRows = [...(d.zone ? [{ areaCode: 'CQFTZ', nameZh: '自贸试验区', ...d.zone }] : []), ...d.areas];
  sheet(wb, '概览', [
    ['范围', 'Scope'], ['名称', 'Name'], ['在册企业', 'Enterprises'], ['外资企业', 'Foreign-invested'], ['注册资本（万元）', 'Registered capital (CNY 10k)'],
    ['载有注册资本的企业', 'With capital on file'], [`${d.year}年新设`, `New in ${d.year}`], [`${d.year}年新设外资`, `New foreign-invested`],
    [`${d.year}年新设注册资本（万元）`, 'New capital (CNY 10k)'], ['在谈及在建项目', 'Projects (not dropped)'], ['项目总投资（万元）', 'Project investment (CNY 10k)'],
  ], figureRows.map((f) => [f.areaCode, f.nameZh, f.enterprises, f.foreignInvested, wan(f.registeredCapitalYuan), f.capitalKnown, f.newInYear, f.newForeignInYear, wan(f.newCapitalYuanInYear), f.projects, wan(f.projectInvestmentYuan)]));

  sheet(wb, '月度新设', [['月份', 'Month'], ['片区', 'Area'], ['新设企业', 'New enterprises'], ['注册资本（万元）', 'Registered capital (CNY 10k)']],
    d.monthly.map((m) => [m.month, areaName.get(m.areaCode) ?? m.areaCode, m.established, wan(m.registeredCapitalYuan)]));

  const sectionName = new Map(d.sections.map((s) => [s.code, s.nameZh]));
  sheet(wb, '行业门类', [['片区', 'Area'], ['门类', 'Section'], ['门类名称', 'Section name'], ['状态', 'Status'], ['企业', 'Enterprises'], ['外资企业', 'Foreign-invested'], ['注册资本（万元）', 'Registered capital (CNY 10k)']],
    d.register.map((r) => [areaName.get(r.areaCode) ?? r.areaCode, r.section, sectionName.get(r.section) ?? '', r.status, r.enterprises, r.foreignInvested, wan(r.registeredCapitalYuan)]));

  sheet(wb, '产业集群', [['产业集群', 'Cluster'], ['片区', 'Area'], ['企业', 'Enterprises'], ['注册资本（万元）', 'Registered capital (CNY 10k)'], ['项目', 'Projects'], ['项目投资（万元）', 'Investment (CNY 10k)']],
    d.clusters.flatMap((c) => c.areas.map((a) => [c.nameZh, areaName.get(a.areaCode) ?? a.areaCode, a.enterprises, wan(a.registeredCapitalYuan), a.projects, wan(a.investmentYuan)])));

  const stageName = new Map(d.pipeline.stages.map((s) => [s.key, s.nameZh]));
  sheet(wb, '项目储备', [['片区', 'Area'], ['阶段', 'Stage'], ['项目数', 'Projects'], ['投资（万元）', 'Investment (CNY 10k)'], ['曾达到', 'Reached'], ['转化率', 'Conversion to next'], ['停滞', 'Stalled']],
    d.pipeline.areas.flatMap((a) => a.stages.map((s) => [areaName.get(a.areaCode) ?? a.areaCode, stageName.get(s.stage) ?? s.stage, s.current, wan(s.investmentYuan), s.reached, s.conversionToNext, s.stalled])));

  sheet(wb, '规划目标', [['目标', 'Target'], ['指标', 'Indicator'], ['单位', 'Unit'], ['目标年', 'Target year'], ['目标值', 'Goal'], ['实际', 'Actual'], ['应达', 'Expected'], ['截至', 'As of'], ['状态', 'Light'], ['说明', 'Reason']],
    d.targets.map((t) => [t.targetId, t.nameZh, t.unit.zh, t.targetYear, t.goal, t.actual, t.expected, t.asOf, LIGHT_ZH[t.light] ?? t.light, t.reasonZh]));

  const notes = wb.addWorksheet('说明');
  for (const line of [
    ['中国（重庆）自由贸易试验区运行情况', `${d.year}年`],
    ['存量截至', d.date],
    ['导出人', generatedBy],
    ['口径', '在册企业不含已注销；注册资本仅合计载有注册资本的企业；同一行业小类属两个产业集群的两处均计；已放弃的项目不计。'],
    ['Basis', 'Enterprises exclude the deregistered; capital is summed over enterprises whose particulars hold it; a class in two clusters counts in both; dropped projects are not counted.'],
    ['来源', 'zimao 登记簿汇总（触发器维护）、项目库、指标报送（仅计已审核）'],
  ]) notes.addRow(line);
  notes.getColumn(1).width = 24;
  notes.getColumn(2).width = 100;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
