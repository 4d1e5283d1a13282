// Names of the seven national holidays for all citizens (全国年节及纪念日放假办法, Art. 2), so that
// law-derived days and days from the published schedule carry the same names in both languages.

/** The festivals of Art. 2 of 全国年节及纪念日放假办法. */
export type FestivalId =
  | 'new_year'
  | 'spring_festival'
  | 'qingming'
  | 'labour_day'
  | 'dragon_boat'
  | 'mid_autumn'
  | 'national_day';

/** English name and the Chinese name used by the law and the State Council notices. */
export const FESTIVAL_NAMES: Readonly<Record<FestivalId, { readonly name: string; readonly nameZh: string }>> = {
  new_year: { name: "New Year's Day", nameZh: '元旦' },
  spring_festival: { name: 'Spring Festival', nameZh: '春节' },
  qingming: { name: 'Qingming Festival', nameZh: '清明节' },
  labour_day: { name: 'Labour Day', nameZh: '劳动节' },
  dragon_boat: { name: 'Dragon Boat Festival', nameZh: '端午节' },
  mid_autumn: { name: 'Mid-Autumn Festival', nameZh: '中秋节' },
  national_day: { name: 'National Day', nameZh: '国庆节' },
};
