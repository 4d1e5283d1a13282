import { useState } from 'react';
import { Button } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import type { EvaluateRisksResponse } from '../../../../schemas/risk.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/useT.ts';

export type RunRulesButtonProps = {
  /** How many alerts were opened and how many rule × scope series were looked at. */
  onRan: (opened: number, evaluated: number) => void;
  /** A failed run is shown by the page (ErrorAlert). */
  onError: (cause: unknown) => void;
};

/** 立即运行预警规则: the FTZ Office runs every rule now instead of waiting for the daily run (POST /api/risk/evaluate). */
export function RunRulesButton({ onRan, onError }: RunRulesButtonProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    onError(undefined);
    try {
      const result = await api.post<z.infer<typeof EvaluateRisksResponse>>('/api/risk/evaluate');
      onRan(result.opened.length, result.evaluated);
    } catch (cause) {
      onError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type="primary" icon={<ThunderboltOutlined />} loading={busy} onClick={() => void run()} data-testid="risk-run">
      {t('risk.run.button')}
    </Button>
  );
}
