import { useEffect, type ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { useT } from '../i18n/useT.ts';

export type PageHeadingProps = {
  title: string;
  /** A short paragraph under the heading. */
  description?: ReactNode;
  /** Buttons shown at the end of the heading line. */
  extra?: ReactNode;
};

/** The page's one h1; also sets the document title. */
export function PageHeading({ title, description, extra }: PageHeadingProps) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · ${t('app.brand.name')}`;
  }, [title, t]);
  return (
    <header style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {description && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {description}
        </Typography.Paragraph>
      )}
    </header>
  );
}
