import { useMemo } from 'react';
import { Spin } from 'antd';
import type { EditionDetailResponse } from '../../../../schemas/admission.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { readMeasures } from './editionModel.ts';
import { EditionSummary } from './EditionSummary.tsx';
import { MeasuresBySection } from './MeasuresBySection.tsx';

export type EditionViewProps = { code: string };

/** One edition in full: GET /api/negative-lists/:code. */
export function EditionView({ code }: EditionViewProps) {
  const t = useT();
  const { data, error, loading, reload } = useApi<EditionDetailResponse>(`/api/negative-lists/${encodeURIComponent(code)}`);
  const measures = useMemo(() => readMeasures(data?.measures ?? []), [data]);
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data || data.code !== code) {
    return loading ? (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin aria-label={t('common.status.loading')} />
      </div>
    ) : null;
  }
  return (
    <>
      <EditionSummary edition={data} />
      <MeasuresBySection measures={measures} />
    </>
  );
}
