import { Input, Typography } from 'antd';
import { useT } from '../../i18n/useT.ts';

export type SearchBoxProps = {
  value: string;
  onChange: (value: string) => void;
  onSearch: (value: string) => void;
  loading: boolean;
  /** Why the server refused the query, shown under the box. */
  error: string | undefined;
};

const INPUT_ID = 'enterprise-search-q';
const HINT_ID = 'enterprise-search-hint';
const ERROR_ID = 'enterprise-search-error';

/** The query box: a name fragment or a credit code, with the rule for it and the server's refusal next to it. */
export function SearchBox({ value, onChange, onSearch, loading, error }: SearchBoxProps) {
  const t = useT();
  return (
    <div role="search" style={{ maxWidth: 640, marginBottom: 16 }}>
      <label htmlFor={INPUT_ID} style={{ display: 'block', marginBottom: 8 }}>
        {t('enterpriseSearch.search.label')}
      </label>
      <Input.Search
        id={INPUT_ID}
        allowClear
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onSearch={onSearch}
        loading={loading}
        enterButton={t('enterpriseSearch.search.submit')}
        placeholder={t('enterpriseSearch.search.placeholder')}
        maxLength={60}
        status={error ? 'error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ERROR_ID} ${HINT_ID}` : HINT_ID}
      />
      {error && (
        <Typography.Text type="danger" id={ERROR_ID} role="alert" data-testid="enterprise-search-error" style={{ display: 'block', marginTop: 4 }}>
          {error}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" id={HINT_ID} style={{ display: 'block', marginTop: 4 }}>
        {t('enterpriseSearch.search.hint')}
      </Typography.Text>
    </div>
  );
}
