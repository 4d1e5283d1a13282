// Checks the versioned reference data under reference-data/ (industry codes, zone units,
// divisions, departments). See reference-data/README.md for sources and doubts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'reference-data');
const read = (rel: string): string => readFileSync(join(dataDir, rel), 'utf8');
const readJson = (rel: string): Record<string, unknown> => JSON.parse(read(rel)) as Record<string, unknown>;

/** RFC 4180 parser: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`stray quote in row ${rows.length + 1}`);
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c === '\r') {
      throw new Error('CRLF line endings are not expected');
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function csvRecords(rel: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(read(rel));
  if (!header) throw new Error(`${rel} is empty`);
  return rows.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`${rel} row ${n + 2}: ${cells.length} fields, want ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

type Level = 'section' | 'division' | 'group' | 'class';
const codeShape: Record<Level, RegExp> = {
  section: /^[A-T]$/,
  division: /^\d{2}$/,
  group: /^\d{3}$/,
  class: /^\d{4}$/,
};

const zh = csvRecords('industries/gbt4754-2017.csv');
const zhByCode = new Map(zh.map((r) => [r.code ?? '', r]));
const en = csvRecords('industries/gbt4754-2017-en.csv');

describe('GB/T 4754-2017 (Chinese)', () => {
  it('has the expected header', () => {
    expect(read('industries/gbt4754-2017.csv').split('\n')[0]).toBe('code,level,parent,name_zh');
  });

  it('has 20 sections, 97 divisions, 473 groups and 1,381 classes', () => {
    const count = (level: Level) => zh.filter((r) => r.level === level).length;
    expect(count('section')).toBe(20);
    expect(count('division')).toBe(97);
    expect(count('group')).toBe(473);
    expect(count('class')).toBe(1381);
    expect(zh.length).toBe(20 + 97 + 473 + 1381);
  });

  it('has unique, well-formed codes and a Chinese name on every row', () => {
    expect(zhByCode.size).toBe(zh.length);
    for (const r of zh) {
      const shape = codeShape[r.level as Level];
      expect(shape, `level of ${r.code}`).toBeDefined();
      expect(r.code, `code shape at level ${r.level}`).toMatch(shape);
      expect((r.name_zh ?? '').trim(), `name of ${r.code}`).not.toBe('');
    }
  });

  it('has an existing parent one level up for every non-section row', () => {
    const above: Record<Level, Level | null> = { section: null, division: 'section', group: 'division', class: 'group' };
    for (const r of zh) {
      const want = above[r.level as Level];
      if (want === null) {
        expect(r.parent, `section ${r.code} has no parent`).toBe('');
        continue;
      }
      const parent = zhByCode.get(r.parent ?? '');
      expect(parent, `parent ${r.parent} of ${r.code}`).toBeDefined();
      expect(parent?.level, `level of parent of ${r.code}`).toBe(want);
      if (r.level !== 'division') expect(r.code?.startsWith(r.parent ?? '?'), `${r.code} starts with ${r.parent}`).toBe(true);
    }
  });

  // SHA-256 of ../shared/reference/data/gbt4754-2017.csv, the copy the project was given: the
  // vendored file must stay byte-identical to it (a checkout need not contain ../shared to check).
  const SHARED_SHA256 = '3eaf08471e3ca0136916b0580f79bdfd4e19e405f10605e6d66e1c52d5eafcfd';
  it('is byte-identical to shared/reference/data/gbt4754-2017.csv', () => {
    const bytes = readFileSync(join(dataDir, 'industries/gbt4754-2017.csv'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SHARED_SHA256);
  });
});

describe('GB/T 4754-2017 (English names)', () => {
  it('has the expected header', () => {
    expect(read('industries/gbt4754-2017-en.csv').split('\n')[0]).toBe('code,name_en');
  });

  it('uses only codes of the Chinese table, each once, each with a name', () => {
    const seen = new Set<string>();
    for (const r of en) {
      const code = r.code ?? '';
      expect(zhByCode.has(code), `unknown code ${code}`).toBe(true);
      expect(seen.has(code), `duplicate code ${code}`).toBe(false);
      seen.add(code);
      const name = r.name_en ?? '';
      expect(name.trim(), `English name of ${code}`).not.toBe('');
      expect(name, `English name of ${code} has no surrounding spaces`).toBe(name.trim());
      expect(name, `English name of ${code} contains no CJK`).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
    }
  });

  it('names every section and every division', () => {
    const named = new Set(en.map((r) => r.code));
    const missing = zh.filter((r) => (r.level === 'section' || r.level === 'division') && !named.has(r.code)).map((r) => r.code);
    expect(missing).toEqual([]);
  });

  it('gives a single-class group and its class the same English name when their Chinese names agree', () => {
    const enByCode = new Map(en.map((r) => [r.code, r.name_en]));
    for (const r of zh) {
      if (r.level !== 'class' || !r.code?.endsWith('0')) continue;
      const group = zhByCode.get(r.parent ?? '');
      if (!group || group.name_zh !== r.name_zh) continue;
      const g = enByCode.get(group.code);
      const c = enByCode.get(r.code);
      if (g !== undefined && c !== undefined) expect(c, `${r.code} vs ${group.code}`).toBe(g);
    }
  });
});

interface ZoneUnit {
  code: string;
  level: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  areaKm2: number | null;
  specialCustomsZone: boolean;
  clusters: string[];
  districtCodes: string[];
  districtLinkConfidence: string;
}
interface Division {
  code: string;
  nameZh: string;
  nameEn: string;
  level: string;
  parentCode: string | null;
  inZone: boolean;
  effectiveTo: string | null;
}

const zoneFile = readJson('geography/zone-units.json');
const units = zoneFile.units as ZoneUnit[];
const divisionsFile = readJson('geography/divisions.json');
const divisions = divisionsFile.divisions as Division[];

describe('zone units', () => {
  const byCode = new Map(units.map((u) => [u.code, u]));

  it('has unique codes and names in both languages', () => {
    expect(byCode.size).toBe(units.length);
    for (const u of units) {
      expect(u.nameZh.trim(), u.code).not.toBe('');
      expect(u.nameEn.trim(), u.code).not.toBe('');
      expect(typeof u.specialCustomsZone, u.code).toBe('boolean');
    }
  });

  it('forms a tree rooted at CQFTZ, with levels going down one step at a time', () => {
    const roots = units.filter((u) => u.parentCode === null);
    expect(roots.map((u) => u.code)).toEqual(['CQFTZ']);
    const depth: Record<string, number> = { zone: 0, area: 1, functional_area: 2, cluster_group: 3 };
    for (const u of units) {
      expect(depth[u.level], `level of ${u.code}`).toBeDefined();
      // walk to the root: every ancestor exists and there is no cycle
      const path = new Set<string>();
      let cur: ZoneUnit | undefined = u;
      while (cur && cur.parentCode !== null) {
        expect(path.has(cur.code), `cycle through ${cur.code}`).toBe(false);
        path.add(cur.code);
        const parent: ZoneUnit | undefined = byCode.get(cur.parentCode);
        expect(parent, `parent ${cur.parentCode} of ${cur.code}`).toBeDefined();
        expect(depth[parent?.level ?? ''], `${cur.code} sits one level below its parent`).toBe((depth[cur.level] ?? 0) - 1);
        cur = parent;
      }
      expect(cur?.code).toBe('CQFTZ');
    }
  });

  it('has three areas whose km2 add up to the zone total of 119.98', () => {
    const zone = byCode.get('CQFTZ');
    expect(zone?.areaKm2).toBe(119.98);
    const areas = units.filter((u) => u.level === 'area');
    expect(areas.map((u) => u.code).sort()).toEqual(['GYG', 'LJ', 'XY']);
    const sum = areas.reduce((s, u) => s + (u.areaKm2 ?? Number.NaN), 0);
    expect(Math.abs(sum - 119.98)).toBeLessThan(0.005);
    expect(byCode.get('GYG')?.areaKm2).toBe(30.88); // not the Plan's misprint 30.38 (GEO-03)
  });

  it('flags the Xiyong Comprehensive Bonded Area as a special customs supervision zone (GEO-04)', () => {
    expect(byCode.get('XY-CBA')?.specialCustomsZone).toBe(true);
    expect(byCode.get('CQFTZ')?.specialCustomsZone).toBe(false);
  });

  it('uses only the clusters C1..C7', () => {
    for (const u of units) for (const c of u.clusters) expect(c, u.code).toMatch(/^C[1-7]$/);
  });

  it('links only to districts that exist in divisions.json, with a stated confidence', () => {
    const codes = new Set(divisions.map((d) => d.code));
    for (const u of units) {
      expect(Array.isArray(u.districtCodes), u.code).toBe(true);
      for (const d of u.districtCodes) expect(codes.has(d), `${u.code} -> ${d}`).toBe(true);
      expect(['high', 'medium', 'low', 'unverified'], u.code).toContain(u.districtLinkConfidence);
    }
  });
});

describe('divisions', () => {
  it('has unique six-digit codes whose parents exist', () => {
    const codes = new Set(divisions.map((d) => d.code));
    expect(codes.size).toBe(divisions.length);
    for (const d of divisions) {
      expect(d.code).toMatch(/^\d{6}$/);
      expect(d.nameZh.trim(), d.code).not.toBe('');
      expect(d.nameEn.trim(), d.code).not.toBe('');
      expect(['province', 'district', 'county'], d.code).toContain(d.level);
      if (d.parentCode !== null) expect(codes.has(d.parentCode), `parent of ${d.code}`).toBe(true);
    }
  });

  it('marks exactly the seven districts of Trial Measures Art. 2 as in the zone', () => {
    const inZone = divisions.filter((d) => d.inZone).map((d) => d.code).sort();
    expect(inZone).toEqual(['500103', '500105', '500106', '500107', '500108', '500109', '500112']);
  });

  it('keeps the former Liangping County code as ended', () => {
    const county = divisions.find((d) => d.code === '500228');
    expect(county?.level).toBe('county');
    expect(county?.effectiveTo).toMatch(/^2016-11/);
    expect(divisions.find((d) => d.code === '500155')?.effectiveTo).toBeNull();
  });
});

interface Department {
  code: string;
  nameZh: string;
  nameEn: string;
  vertical: boolean;
}

describe('departments', () => {
  const departments = readJson('organisation/departments.json').departments as Department[];

  it('has unique codes and a Chinese and English name for each body', () => {
    const codes = departments.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of departments) {
      expect(d.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect((d.nameZh ?? '').trim(), d.code).not.toBe('');
      expect((d.nameEn ?? '').trim(), d.code).not.toBe('');
      expect(typeof d.vertical, d.code).toBe('boolean');
    }
  });

  it('includes the core one-window bodies', () => {
    const codes = new Set(departments.map((d) => d.code));
    for (const c of ['MARKET_REGULATION', 'COMMERCE', 'DEVELOPMENT_REFORM', 'CUSTOMS', 'TAX', 'FOREIGN_EXCHANGE', 'CQFTZ_OFFICE']) {
      expect(codes.has(c), c).toBe(true);
    }
  });
});

describe('every reference-data file has a source', () => {
  for (const rel of ['geography/zone-units.json', 'geography/divisions.json', 'organisation/departments.json']) {
    it(rel, () => {
      const json = readJson(rel);
      const source = json.source;
      expect(Array.isArray(source) ? source.length : 0).toBeGreaterThan(0);
      for (const s of source as Record<string, unknown>[]) {
        expect(typeof s.title === 'string' && s.title.trim() !== '', `${rel}: source title`).toBe(true);
        expect(typeof s.url === 'string' || typeof s.path === 'string' || typeof s.note === 'string', `${rel}: source locator`).toBe(true);
      }
      expect(json.effectiveFrom, `${rel}: effectiveFrom`).toBeTruthy();
    });
  }

  it('writes every effective date as ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)', () => {
    const bad: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v !== null && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'effectiveFrom' || k === 'effectiveTo') && x !== null) {
            if (typeof x !== 'string' || !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(x)) bad.push(`${path}.${k}=${String(x)}`);
          } else walk(x, `${path}.${k}`);
        }
      }
    };
    for (const rel of ['geography/zone-units.json', 'geography/divisions.json', 'organisation/departments.json']) walk(readJson(rel), rel);
    expect(bad).toEqual([]);
  });

  it('CSV files are described with their source in README.md', () => {
    const readme = read('README.md');
    for (const f of ['gbt4754-2017.csv', 'gbt4754-2017-en.csv']) {
      const at = readme.indexOf(f);
      expect(at, f).toBeGreaterThanOrEqual(0);
    }
    expect(readme).toMatch(/zmshe\/capital/);
    expect(readme).toMatch(/ISIC Rev\. ?4/);
  });
});
