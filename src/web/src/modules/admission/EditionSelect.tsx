import { Select, Tag } from 'antd';
import type { EditionListItem } from '../../../../schemas/admission.ts';
import { useT } from '../../i18n/useT.ts';

export type EditionSelectProps = {
  id?: string;
  items: readonly EditionListItem[];
  value: string | undefined;
  onChange: (code: string) => void;
  /** The edition in force today, marked in the options. */
  currentCode?: string | undefined;
  loading?: boolean;
  'aria-label'?: string;
};

/** Picks one negative-list edition, newest first. */
export function EditionSelect({ id, items, value, onChange, currentCode, loading, 'aria-label': ariaLabel }: EditionSelectProps) {
  const t = useT();
  const options = [...items]
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
    .map((item) => ({
      value: item.code,
      title: item.code,
      label: (
        <span>
          {t('negativeLists.edition.option', { code: item.code, from: item.effectiveFrom })}
          {item.code === currentCode && (
            <Tag color="green" style={{ marginInlineStart: 6 }}>
              {t('negativeLists.edition.inForce')}
            </Tag>
          )}
        </span>
      ),
    }));
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      aria-label={ariaLabel}
      style={{ minWidth: 280 }}
    />
  );
}
