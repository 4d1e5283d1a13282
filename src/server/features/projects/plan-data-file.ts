// The plan's reference files (reference-data/plan/: clusters, pipeline rules, land priority) and the names of the
// GB/T 4754-2017 codes, read and checked once per process, then passed to the pure rules of src/domain/clusters and
// src/domain/projects (as registration-data-file.ts does for reference-data/registration/).
import type { z } from 'zod';
import { ClusterCatalogue } from '../../../domain/clusters/index.ts';
import { LandPriorityRules, PipelineRules } from '../../../domain/projects/index.ts';
import { readReferenceCsv, readReferenceJson } from '../reference/reference-files.ts';

export interface PlanData {
  catalogue: ClusterCatalogue;
  pipeline: PipelineRules;
  land: LandPriorityRules;
  /** Chinese and English names of every GB/T 4754-2017 code. */
  industryNames: ReadonlyMap<string, { zh: string; en: string | null }>;
}

let loaded: PlanData | undefined;

function read<T extends z.ZodType>(schema: T, path: string): z.infer<T> {
  const parsed = schema.safeParse(readReferenceJson<unknown>(path).content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`reference-data/${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

// Guarantees: the same checked data on every call; a malformed file throws at first use, naming it and the field.
export function planData(): PlanData {
  if (!loaded) {
    const english = new Map(readReferenceCsv('industries/gbt4754-2017-en.csv').content.map((r) => [r.code!, r.name_en ?? null]));
    const names = new Map(readReferenceCsv('industries/gbt4754-2017.csv').content.map((r) => [r.code!, { zh: r.name_zh!, en: english.get(r.code!) ?? null }]));
    loaded = {
      catalogue: read(ClusterCatalogue, 'plan/clusters.json'),
      pipeline: read(PipelineRules, 'plan/pipeline-rules.json'),
      land: read(LandPriorityRules, 'plan/land-priority.json'),
      industryNames: names,
    };
  }
  return loaded;
}

// Guarantees: the code with its names, null names for a code not in the table.
export function industryRef(code: string): { code: string; nameZh: string | null; nameEn: string | null } {
  const name = planData().industryNames.get(code);
  return { code, nameZh: name?.zh ?? null, nameEn: name?.en ?? null };
}
