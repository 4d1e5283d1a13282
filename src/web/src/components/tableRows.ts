// What the list tables share: rows that open their record when clicked (a link inside the row still navigates by
// itself), and the client-side pagination of lists the server answers whole.
import type { NavigateFunction } from 'react-router-dom';
import type { useT } from '../i18n/useT.ts';

/** onRow for a table whose rows open `pathOf(row)`; clicks on links in the row are theirs. */
export function openRowOnClick<Row>(navigate: NavigateFunction, pathOf: (row: Row) => string) {
  return (row: Row) => ({
    onClick: (event: React.MouseEvent<HTMLElement>) => {
      if ((event.target as HTMLElement).closest('a')) return;
      navigate(pathOf(row));
    },
    style: { cursor: 'pointer' },
  });
}

/** Pages of 50 with the total, hidden when one page holds everything. */
export function pageOf50(t: ReturnType<typeof useT>) {
  return { pageSize: 50, hideOnSinglePage: true, showTotal: (n: number) => t('common.table.total', { total: n }) };
}
