import { Button, Descriptions, Result, Typography } from 'antd';
import type { IssueUsccResponse } from '../../../../schemas/uscc.ts';
import { useT } from '../../i18n/useT.ts';

export type IssuedCodeProps = {
  issued: IssueUsccResponse;
  onAnother: () => void;
};

/** The code just issued, to copy, and the way to issue the next one. */
export function IssuedCode({ issued, onAnother }: IssuedCodeProps) {
  const t = useT();
  return (
    <Result
      status="success"
      title={t('uscc.issue.done')}
      subTitle={
        <Typography.Text copyable={{ text: issued.code }} style={{ fontSize: 20, fontFamily: 'monospace' }}>
          {issued.code}
        </Typography.Text>
      }
      extra={
        <Button type="primary" onClick={onAnother}>
          {t('uscc.issue.another')}
        </Button>
      }
    >
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'org', label: t('uscc.part.orgCode'), children: <code>{issued.orgCode}</code> },
          { key: 'seq', label: t('uscc.issue.sequence'), children: issued.sequence },
          { key: 'block', label: t('uscc.issue.block'), children: <code>{issued.block}</code> },
        ]}
      />
    </Result>
  );
}
