import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Typography } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router-dom';
import type { Role } from '../../../../schemas/auth.ts';
import type { NameCheckRequest, NameCheckResponse, ReserveNameRequest } from '../../../../schemas/names.ts';
import { api } from '../../api/client.ts';
import { ACCESS } from '../../auth/roles.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { useT } from '../../i18n/useT.ts';
import type { ReservedName } from './nameLabels.ts';

export type ReserveNameCardProps = {
  /** The request the available check answered; the reservation sends the same name. */
  request: NameCheckRequest;
  result: NameCheckResponse;
  onReserved: (response: ReservedName) => void;
  /** A refusal (409 NAME_CONFLICT, 422 NAME_REJECTED carry the check again) or any other error. */
  onRefused: (error: unknown) => void;
};

type CommitmentValues = { commitment?: boolean };

/**
 * Art. 16 self-declaration of a name the check found available: the applicant commits that it infringes no one's
 * rights, then POST /api/names/reservations keeps it for them. A visitor is asked to sign in first.
 */
export function ReserveNameCard({ request, result, onReserved, onRefused }: ReserveNameCardProps) {
  const t = useT();
  const { user } = useAuth();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const heading = (
    <h2 id="name-reserve-heading" style={{ fontSize: 16, margin: 0 }}>
      {t('names.reserve.heading')}
    </h2>
  );

  if (!user) {
    return (
      <Card title={heading} style={{ marginTop: 24 }} data-testid="name-reserve-sign-in">
        <Typography.Paragraph>{t('names.reserve.signInHint')}</Typography.Paragraph>
        <Link to="/login" state={{ from: location }}>
          <LoginOutlined /> {t('names.reserve.signIn')}
        </Link>
      </Card>
    );
  }
  if (!(ACCESS.names as readonly Role[]).includes(user.role)) {
    return (
      <Card title={heading} style={{ marginTop: 24 }}>
        <Alert type="info" showIcon title={t('names.reserve.applicantsOnly')} />
      </Card>
    );
  }

  const reserve = async () => {
    setBusy(true);
    try {
      const body: ReserveNameRequest = { ...request, commitment: true };
      onReserved(await api.post<ReservedName>('/api/names/reservations', body));
    } catch (cause) {
      onRefused(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={heading} style={{ marginTop: 24 }} data-testid="name-reserve">
      <Form<CommitmentValues> name="name-reserve" layout="vertical" onFinish={() => void reserve()} aria-labelledby="name-reserve-heading">
        <Typography.Paragraph strong data-testid="name-reserve-name">
          {t('names.reserve.name', { name: request.name })}
        </Typography.Paragraph>
        {result.similar.length > 0 && (
          <Typography.Paragraph>{t('names.reserve.similarShown', { names: result.similar.map((s) => s.name).join(t('common.list.separator')) })}</Typography.Paragraph>
        )}
        <Form.Item
          name="commitment"
          valuePropName="checked"
          rules={[{ validator: (_, v: unknown) => (v === true ? Promise.resolve() : Promise.reject(new Error(t('names.reserve.commitmentRequired')))) }]}
        >
          <Checkbox>{t('names.reserve.commitment')}</Checkbox>
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('names.reserve.help')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('names.reserve.submit')}
        </Button>
      </Form>
    </Card>
  );
}
