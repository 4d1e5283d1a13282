import { AppError } from '../../../domain/app-error.ts';
import type {
  DepartmentsResponse,
  DivisionsResponse,
  IndustryDetailResponse,
  IndustrySearchResponse,
  IndustryView,
  ZoneUnitsResponse,
} from '../../../schemas/reference.ts';
import type { DbOrTx } from '../../db/database.ts';
import type { IndustriesTable } from '../../db/tables.ts';
import type { Selectable } from 'kysely';
import * as repo from './repository.ts';

async function sourceOf(db: DbOrTx, dataset: string) {
  const row = await repo.findDataset(db, dataset);
  return { title: row ? `${row.source_title} (${row.version})` : 'not loaded', url: row?.source_url ?? null };
}

/** The CQFTZ zone units, each with the districts it lies in. */
export async function listZoneUnits(db: DbOrTx): Promise<ZoneUnitsResponse> {
  const [units, links] = await Promise.all([repo.listZoneUnits(db), repo.listZoneUnitDistricts(db)]);
  const items = units.map((u) => ({
    code: u.code,
    level: u.level as ZoneUnitsResponse['items'][number]['level'],
    parentCode: u.parent_code,
    nameZh: u.name_zh,
    nameEn: u.name_en,
    areaKm2: u.area_km2 === null ? null : Number(u.area_km2),
    specialCustomsZone: u.special_customs_zone,
    positioningZh: u.positioning_zh,
    positioningEn: u.positioning_en,
    clusters: u.clusters,
    districtCodes: links.filter((l) => l.zone_unit_code === u.code).map((l) => l.division_code),
    note: u.note,
  }));
  return { items, source: await sourceOf(db, 'zone-units') };
}

export async function listDivisions(db: DbOrTx): Promise<DivisionsResponse> {
  const rows = await repo.listDivisions(db);
  const items = rows.map((d) => ({
    code: d.code,
    nameZh: d.name_zh,
    nameEn: d.name_en,
    level: d.level,
    parentCode: d.parent_code,
    inZone: d.in_zone,
    effectiveFrom: d.effective_from,
    effectiveTo: d.effective_to,
  }));
  return { items, source: await sourceOf(db, 'divisions') };
}

export async function listDepartments(db: DbOrTx): Promise<DepartmentsResponse> {
  const rows = await repo.listDepartments(db);
  const items = rows.map((d) => ({
    code: d.code,
    nameZh: d.name_zh,
    nameEn: d.name_en,
    shortZh: d.short_zh,
    vertical: d.vertical,
    responsibilitiesZh: d.responsibilities_zh,
    responsibilitiesEn: d.responsibilities_en,
  }));
  return { items, source: await sourceOf(db, 'departments') };
}

/** A department's Chinese name (the licence's 登记机关); throws NOT_FOUND for an unknown code. */
export async function departmentName(db: DbOrTx, code: string): Promise<string> {
  const department = await repo.findDepartment(db, code);
  if (!department) throw new AppError('NOT_FOUND', { field: 'departmentCode', message: `no department with code ${code}` });
  return department.name_zh;
}

/** Throws INVALID_REQUEST naming `field` unless the department exists. */
export async function assertDepartmentExists(db: DbOrTx, code: string, field: string): Promise<void> {
  if (!(await repo.findDepartment(db, code))) {
    throw new AppError('INVALID_REQUEST', { field, message: `no department with code ${code}` });
  }
}

/** Throws INVALID_REQUEST naming `field` unless the code is one of the CQFTZ areas (LJ, XY, GYG). */
export async function assertAreaExists(db: DbOrTx, code: string, field: string): Promise<void> {
  const unit = await repo.findZoneUnit(db, code);
  if (!unit || unit.level !== 'area') {
    throw new AppError('INVALID_REQUEST', { field, message: `${code} is not a CQFTZ area` });
  }
}

function toIndustryView(row: Selectable<IndustriesTable>): IndustryView {
  return {
    code: row.code,
    level: row.level as IndustryView['level'],
    parentCode: row.parent_code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    pinyin: row.pinyin,
  };
}

/** Searches GB/T 4754-2017 by code prefix, Chinese name, pinyin (full or initials) or English. */
export async function searchIndustries(
  db: DbOrTx,
  query: { q?: string | undefined; level?: string | undefined; parent?: string | undefined; limit: number; offset: number },
): Promise<IndustrySearchResponse> {
  const text = query.q?.trim().toLowerCase() || undefined;
  const { items, total } = await repo.searchIndustries(db, { ...query, text });
  const dataset = await repo.findDataset(db, 'industries');
  return { items: items.map(toIndustryView), total, edition: dataset?.version ?? 'GB/T 4754-2017' };
}

/** One industry with its ancestors and children, or NOT_FOUND. */
export async function getIndustry(db: DbOrTx, code: string): Promise<IndustryDetailResponse> {
  const row = await repo.findIndustry(db, code.toUpperCase());
  if (!row) throw new AppError('NOT_FOUND', { field: 'code', message: `no GB/T 4754-2017 code ${code}` });
  const path: IndustryView[] = [];
  let parent = row.parent_code;
  while (parent) {
    const p = await repo.findIndustry(db, parent);
    if (!p) break;
    path.unshift(toIndustryView(p));
    parent = p.parent_code;
  }
  const children = (await repo.listIndustryChildren(db, row.code)).map(toIndustryView);
  return { ...toIndustryView(row), path, children };
}

/**
 * The GB/T 4754-2017 tree as code → parent ('' for a section), with a stamp (the loaded dataset's checksum) that
 * changes when the table is reloaded, so a caller may keep what it builds from the rows until then.
 */
export async function industryTree(db: DbOrTx): Promise<{ stamp: string; rows: { code: string; parent: string }[] }> {
  const dataset = await repo.findDataset(db, 'industries');
  const rows = await repo.listIndustryTree(db);
  return { stamp: dataset?.checksum ?? 'none', rows: rows.map((r) => ({ code: r.code, parent: r.parent_code ?? '' })) };
}

/** The checksum of the loaded industry table, or 'none'. */
export async function industryTableStamp(db: DbOrTx): Promise<string> {
  return (await repo.findDataset(db, 'industries'))?.checksum ?? 'none';
}
