import type { EnterpriseSearchMessageId } from './zh-CN-enterpriseSearch.ts';

/** English messages of the public enterprise search: the same ids as zh-CN-enterpriseSearch.ts (the compiler checks). */
export const enEnterpriseSearch: Record<EnterpriseSearchMessageId, string> = {
  'nav.menu.enterpriseSearch': 'Enterprise search',
  'home.card.enterpriseSearch': 'Find an enterprise registered in the zone by its name or credit code, or download the whole register.',

  'enterpriseSearch.page.title': 'Enterprise search',
  'enterpriseSearch.page.intro': 'Search the enterprises registered in the Pilot Free Trade Zone: the facts of their business licences, without the legal representative, investors or any other person.',
  'enterpriseSearch.search.label': 'Enterprise name or credit code',
  'enterpriseSearch.search.placeholder': 'e.g. 云启, or an 18-character credit code',
  'enterpriseSearch.search.hint': 'Give two or more characters of the name, or the whole 18-character Unified Social Credit Code.',
  'enterpriseSearch.search.submit': 'Search',
  'enterpriseSearch.result.count': 'Enterprises found: {count}',
  'enterpriseSearch.result.more': 'Many enterprises match; only the first {count} are shown. Give more of the name.',
  'enterpriseSearch.result.empty': 'No enterprise’s name or credit code matches “{q}”',
  'enterpriseSearch.column.name': 'Name',
  'enterpriseSearch.column.uscc': 'Credit code',
  'enterpriseSearch.column.status': 'Status',
  'enterpriseSearch.column.entityType': 'Entity type',
  'enterpriseSearch.column.capital': 'Registered capital (CNY)',
  'enterpriseSearch.column.establishedOn': 'Established on',
  'enterpriseSearch.column.area': 'Area',

  'enterpriseSearch.openData.heading': 'Open data',
  'enterpriseSearch.openData.download': 'Download the whole register (CSV, gzip)',
  'enterpriseSearch.openData.note': 'It holds the facts of the licences only, no persons.',
};
