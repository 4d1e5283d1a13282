// reference-data/geography/area-map.json: where the schematic map draws the three areas (no boundaries exist as a
// spatial layer, GEO-02). Read and checked once per process; a malformed file throws at first use, naming the field.
import { z } from 'zod';
import { readReferenceJson } from '../reference/reference-files.ts';

const Point = z.object({ lon: z.number().min(105).max(111), lat: z.number().min(28).max(33) });
const AreaMap = z.object({
  description: z.string(),
  descriptionZh: z.string(),
  source: z.array(z.object({ title: z.string(), confidence: z.string() })).min(1),
  landmarks: z.array(Point.extend({ code: z.string(), nameZh: z.string(), nameEn: z.string() })),
  areas: z.array(Point.extend({ code: z.string() })),
});
export type AreaMap = z.infer<typeof AreaMap>;

let loaded: AreaMap | undefined;

export function areaMap(): AreaMap {
  if (!loaded) {
    const parsed = AreaMap.safeParse(readReferenceJson<unknown>('geography/area-map.json').content);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`reference-data/geography/area-map.json: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
    }
    loaded = parsed.data;
  }
  return loaded;
}
