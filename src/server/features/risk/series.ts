// The series the risk rules read: the approved values of an indicator for the zone or one area, through the
// indicators service (a feature uses another through its service).
import { approvedSeries } from '../indicators/service.ts';
import type { SeriesReader } from './service.ts';

export const indicatorSeries: SeriesReader = async (db, indicatorCode, areaCode, periodKind, now) =>
  // A period with no value (nothing approved, or a derived value missing an input) is no evidence either way.
  (await approvedSeries(db, indicatorCode, areaCode, periodKind, now)).flatMap((p) => (p.value === null ? [] : [{ period: p.period, value: p.value }]));
