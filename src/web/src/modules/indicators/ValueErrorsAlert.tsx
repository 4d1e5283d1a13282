import { Alert, Table } from 'antd';
import type { ValueErrorView } from '../../../../schemas/indicators.ts';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../api/errorText.ts';
import { useLocale, useT } from '../../i18n/useT.ts';

export type ValueErrorsAlertProps = { error: unknown };

/**
 * A refused submission: every problem by item (form) or by sheet, row and column (workbook), in the current
 * language; other errors as one line.
 */
export function ValueErrorsAlert({ error }: ValueErrorsAlertProps) {
  const t = useT();
  const { locale } = useLocale();
  if (error === undefined || error === null) return null;
  const list = error instanceof ApiError ? ((error.details?.errors as ValueErrorView[] | undefined) ?? []) : [];
  const byCell = list.some((e) => e.row !== undefined);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="value-errors"
      style={{ marginBottom: 16 }}
      title={list.length > 0 ? t('indicators.submit.errorsTitle') : errorText(error, locale, t)}
      description={
        list.length > 0 && (
          <Table<ValueErrorView & { key: number }>
            size="small"
            pagination={false}
            dataSource={list.map((e, key) => ({ ...e, key }))}
            columns={[
              ...(byCell
                ? [
                    { key: 'sheet', title: t('indicators.column.sheet'), dataIndex: 'sheet' },
                    { key: 'row', title: t('indicators.column.row'), dataIndex: 'row' },
                    { key: 'column', title: t('indicators.column.letter'), dataIndex: 'column' },
                  ]
                : [{ key: 'index', title: t('indicators.column.item'), render: (_: unknown, e: ValueErrorView) => (e.index ?? 0) + 1 }]),
              { key: 'field', title: t('indicators.column.field'), dataIndex: 'field' },
              { key: 'problem', title: t('indicators.column.problem'), render: (_: unknown, e: ValueErrorView) => (locale === 'en' ? e.en : e.zh) },
            ]}
          />
        )
      }
    />
  );
}
