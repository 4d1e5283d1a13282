import { useId, type ReactNode } from 'react';
import { Card } from 'antd';

/** One section of the one form: a card whose h2 names the region (for screen readers and tests alike). */
export function FormSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid={testId} style={{ marginBottom: 16 }}>
      <Card
        title={
          <h2 id={id} style={{ fontSize: 16, margin: 0 }}>
            {title}
          </h2>
        }
      >
        {children}
      </Card>
    </section>
  );
}
