// Domicile by commitment (REG-03; Trial Measures Art. 13): the applicant declares the address and commits to its
// truth; zimao derives the zone area and district from the domicile catalogue and refuses a zone registration at an
// address outside the zone (Trial Measures Art. 2). The address is read as 重庆市 + district + place.
import type { DomicileCatalogue } from './registration-data.ts';

export interface DerivedDomicile {
  readonly districtCode: string;
  readonly districtName: string;
  readonly areaCode: string;
  readonly unitCode: string;
  readonly place: string;
}

export type DomicileResult = { readonly ok: true; readonly domicile: DerivedDomicile } | { readonly ok: false; readonly problem: 'no-district' | 'district-outside-zone' | 'place-outside-zone' | 'place-in-other-district'; readonly detail: string };

/** The district names of the zone, by code (from reference-data/geography/divisions.json, passed in). */
export type ZoneDistricts = ReadonlyMap<string, string>;

export function deriveDomicile(address: string, catalogue: DomicileCatalogue, zoneDistricts: ZoneDistricts): DomicileResult {
  const text = address.replace(/\s+/g, '');
  const afterCity = text.replace(/^重庆市?/, '');
  const district = [...zoneDistricts].find(([, name]) => afterCity.startsWith(name));
  if (!district) {
    const named = /^([\p{Script=Han}]{1,8}?(?:区|县))/u.exec(afterCity)?.[1];
    return named
      ? { ok: false, problem: 'district-outside-zone', detail: `${named} is not one of the zone's districts` }
      : { ok: false, problem: 'no-district', detail: 'write the address as 重庆市 + district + street and number' };
  }
  const [districtCode, districtName] = district;
  const rest = afterCity.slice(districtName.length);
  const place = catalogue.places.filter((p) => rest.includes(p.place)).sort((a, b) => rest.indexOf(a.place) - rest.indexOf(b.place) || b.place.length - a.place.length)[0];
  if (!place) return { ok: false, problem: 'place-outside-zone', detail: `no place of the zone's catalogue in ${districtName}${rest}` };
  if (place.districtCode !== districtCode) {
    return { ok: false, problem: 'place-in-other-district', detail: `${place.place} lies in district ${place.districtCode}, not in ${districtName}` };
  }
  return { ok: true, domicile: { districtCode, districtName, areaCode: place.areaCode, unitCode: place.unitCode, place: place.place } };
}
