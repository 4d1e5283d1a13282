import { Alert } from 'antd';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocalName } from '../../i18n/useLocalName.ts';

type Reason = { code?: unknown; zh?: unknown; en?: unknown; legalBasis?: unknown };

/** The reasons a refusal carries (the admission check of a 422 ADMISSION_REFUSED), when it carries any. */
function reasonsOf(error: unknown): Reason[] {
  if (!(error instanceof ApiError) || !error.details) return [];
  const holders = [error.details, error.details.admission];
  for (const holder of holders) {
    if (holder && typeof holder === 'object' && Array.isArray((holder as { reasons?: unknown }).reasons)) {
      return ((holder as { reasons: unknown[] }).reasons).filter((r): r is Reason => typeof r === 'object' && r !== null);
    }
  }
  return [];
}

/** An error as an alert, followed by the reasons of a refusal with their legal basis. */
export function RefusalAlert({ error }: { error: unknown }) {
  const localName = useLocalName();
  if (error === undefined || error === null) return null;
  const reasons = reasonsOf(error);
  return (
    <div data-testid="investment-error">
      <ErrorAlert error={error} />
      {reasons.length > 0 && (
        <Alert
          type="warning"
          style={{ marginBottom: 16 }}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {reasons.map((r, i) => (
                <li key={i}>
                  {typeof r.code === 'string' ? `[${r.code}] ` : ''}
                  {localName(String(r.zh ?? ''), typeof r.en === 'string' ? r.en : undefined)}
                  {typeof r.legalBasis === 'string' ? `（${r.legalBasis}）` : ''}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
