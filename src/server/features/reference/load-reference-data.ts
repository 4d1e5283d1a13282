import { pinyin } from 'pinyin-pro';
import type { Tx } from '../../db/database.ts';
import {
  readReferenceCsv,
  readReferenceJson,
  summariseSources,
  toDateColumn,
  type SourceEntry,
} from './reference-files.ts';

/** A reference file: its sources and dates, and its rows under one key. */
type WithSource<K extends string, T> = {
  source: SourceEntry | SourceEntry[];
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  version?: string;
} & Record<K, T[]>;

interface DivisionRow { code: string; nameZh: string; nameEn: string; level: string; parentCode: string | null; inZone: boolean; effectiveFrom: string | null; effectiveTo: string | null }
interface ZoneUnitRow {
  code: string; level: string; parentCode: string | null; nameZh: string; nameEn: string; areaKm2?: number | null; areaKm2Note?: string;
  positioning?: { zh?: string; en?: string } | null; specialCustomsZone?: boolean; clusters?: string[]; districtCodes?: string[]; districtLinkConfidence?: string;
}
interface DepartmentRow { code: string; nameZh: string; nameEn: string; shortZh?: string | null; vertical?: boolean; responsibilities?: { zh?: string; en?: string } }

/** Records which edition of a dataset is loaded; answers false when that exact file is already in. */
async function claimDataset(tx: Tx, name: string, checksum: string, meta: { source: SourceEntry | SourceEntry[]; version?: string; effectiveFrom?: string | null; effectiveTo?: string | null }): Promise<boolean> {
  const current = await tx.selectFrom('reference_datasets').select('checksum').where('name', '=', name).executeTakeFirst();
  if (current?.checksum === checksum) return false;
  const { title, url } = summariseSources(meta.source);
  const row = { version: meta.version ?? `sha256:${checksum.slice(0, 12)}`, source_title: title, source_url: url, effective_from: toDateColumn(meta.effectiveFrom), effective_to: toDateColumn(meta.effectiveTo), checksum, loaded_at: new Date() };
  await tx.insertInto('reference_datasets').values({ name, ...row }).onConflict((oc) => oc.column('name').doUpdateSet(row)).execute();
  return true;
}

async function loadDivisions(tx: Tx): Promise<boolean> {
  const file = readReferenceJson<WithSource<'divisions', DivisionRow>>('geography/divisions.json');
  if (!(await claimDataset(tx, 'divisions', file.checksum, file.content))) return false;
  for (const d of file.content.divisions) {
    const row = { name_zh: d.nameZh, name_en: d.nameEn, level: d.level, parent_code: d.parentCode, in_zone: d.inZone, effective_from: toDateColumn(d.effectiveFrom), effective_to: toDateColumn(d.effectiveTo) };
    await tx.insertInto('divisions').values({ code: d.code, ...row }).onConflict((oc) => oc.column('code').doUpdateSet(row)).execute();
  }
  return true;
}

async function loadZoneUnits(tx: Tx): Promise<boolean> {
  const file = readReferenceJson<WithSource<'units', ZoneUnitRow>>('geography/zone-units.json');
  if (!(await claimDataset(tx, 'zone-units', file.checksum, file.content))) return false;
  // Parents come before children in the file, so the self-reference is always satisfied.
  for (const [i, u] of file.content.units.entries()) {
    const row = {
      level: u.level, parent_code: u.parentCode, name_zh: u.nameZh, name_en: u.nameEn, area_km2: u.areaKm2 ?? null,
      special_customs_zone: u.specialCustomsZone ?? false, positioning_zh: u.positioning?.zh ?? null, positioning_en: u.positioning?.en ?? null,
      clusters: u.clusters ?? [], note: u.areaKm2Note ?? null, sort_order: i,
    };
    await tx.insertInto('zone_units').values({ code: u.code, ...row }).onConflict((oc) => oc.column('code').doUpdateSet(row)).execute();
    await tx.deleteFrom('zone_unit_districts').where('zone_unit_code', '=', u.code).execute();
    for (const division of u.districtCodes ?? []) {
      await tx.insertInto('zone_unit_districts').values({ zone_unit_code: u.code, division_code: division, confidence: u.districtLinkConfidence ?? 'unverified' }).execute();
    }
  }
  return true;
}

async function loadDepartments(tx: Tx): Promise<boolean> {
  const file = readReferenceJson<WithSource<'departments', DepartmentRow>>('organisation/departments.json');
  if (!(await claimDataset(tx, 'departments', file.checksum, file.content))) return false;
  for (const [i, d] of file.content.departments.entries()) {
    const row = { name_zh: d.nameZh, name_en: d.nameEn, short_zh: d.shortZh ?? null, vertical: d.vertical ?? false, responsibilities_zh: d.responsibilities?.zh ?? null, responsibilities_en: d.responsibilities?.en ?? null, sort_order: i };
    await tx.insertInto('departments').values({ code: d.code, ...row }).onConflict((oc) => oc.column('code').doUpdateSet(row)).execute();
  }
  return true;
}

/** Toneless pinyin of the Chinese characters only, for search: 稻谷种植 → daoguzhongzhi and dgzz. */
export function pinyinKeys(nameZh: string): { full: string; initials: string } {
  const hanzi = nameZh.replace(/[^\u4e00-\u9fff]/g, '');
  return {
    full: pinyin(hanzi, { toneType: 'none', type: 'array' }).join('').toLowerCase(),
    initials: pinyin(hanzi, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase(),
  };
}

async function loadIndustries(tx: Tx): Promise<boolean> {
  const zh = readReferenceCsv('industries/gbt4754-2017.csv');
  const en = readReferenceCsv('industries/gbt4754-2017-en.csv');
  const source = { title: 'GB/T 4754-2017 国民经济行业分类 (NBS); English names: zimao reference-data/industries', url: 'https://www.stats.gov.cn/' };
  if (!(await claimDataset(tx, 'industries', zh.checksum + en.checksum.slice(0, 8), { source, version: 'GB/T 4754-2017', effectiveFrom: '2017-10-01' }))) return false;
  const english = new Map(en.content.map((r) => [r.code!, r.name_en ?? null]));
  const rows = zh.content.map((r, i) => {
    const keys = pinyinKeys(r.name_zh!);
    return { code: r.code!, level: r.level!, parent_code: r.parent || null, name_zh: r.name_zh!, name_en: english.get(r.code!) ?? null, pinyin: keys.full, pinyin_initials: keys.initials, sort_order: i };
  });
  // Rows are in hierarchy order, so each batch's parents are already in.
  for (let i = 0; i < rows.length; i += 200) {
    await tx
      .insertInto('industries')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ name_zh: eb.ref('excluded.name_zh'), name_en: eb.ref('excluded.name_en'), pinyin: eb.ref('excluded.pinyin'), pinyin_initials: eb.ref('excluded.pinyin_initials'), level: eb.ref('excluded.level'), parent_code: eb.ref('excluded.parent_code'), sort_order: eb.ref('excluded.sort_order') })))
      .execute();
  }
  return true;
}

/** Loads every reference file whose content changed since it was last loaded; returns the datasets loaded. */
export async function loadReferenceData(tx: Tx): Promise<string[]> {
  const loaded: string[] = [];
  if (await loadDivisions(tx)) loaded.push('divisions');
  if (await loadZoneUnits(tx)) loaded.push('zone-units');
  if (await loadDepartments(tx)) loaded.push('departments');
  if (await loadIndustries(tx)) loaded.push('industries');
  return loaded;
}
