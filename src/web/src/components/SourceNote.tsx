import { Typography } from 'antd';
import { useT } from '../i18n/useT.ts';

export type SourceNoteProps = { source: { title: string; url: string | null } | undefined };

/** "Source: …" under a reference table, linked when the source has an address. */
export function SourceNote({ source }: SourceNoteProps) {
  const t = useT();
  if (!source) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
      {t('reference.source.label')}{' '}
      {source.url ? (
        <Typography.Link href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </Typography.Link>
      ) : (
        source.title
      )}
    </Typography.Paragraph>
  );
}
