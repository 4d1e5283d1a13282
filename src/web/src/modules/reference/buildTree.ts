import type { ZoneUnitView } from '../../../../schemas/reference.ts';

export type ZoneUnitNode = ZoneUnitView & { children?: ZoneUnitNode[] };

/** Nests the flat zone-unit list by parentCode; units whose parent is absent become roots. */
export function buildZoneTree(items: ZoneUnitView[]): ZoneUnitNode[] {
  const nodes = new Map<string, ZoneUnitNode>();
  for (const item of items) nodes.set(item.code, { ...item });
  const roots: ZoneUnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
