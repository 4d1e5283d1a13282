import { useEffect } from 'react';
import { Form, Input, InputNumber, Select } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import { Link } from 'react-router-dom';
import type { NameReservationListResponse, NameReservationView } from '../../../../schemas/names.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/useT.ts';
import type { EstablishmentValues } from './formModel.ts';

/** A reservation the applicant still holds: reserved and not past its day. */
const held = (r: NameReservationView) => r.status === 'reserved' && !r.expired;

export type NameFieldsProps = {
  /** The applicant files for themselves (their reservations are listed); a window officer types the number. */
  ownReservations: boolean;
  /** An individual business's name reads differently (重庆市渝北区悦来老李面馆: 店, 馆, 经营部…). */
  individualBusiness?: boolean;
};

/** The declared name (a company's or an individual business's), optionally from a name the applicant reserved (名称自主申报), with the way to the name check. */
export function NameFields({ ownReservations, individualBusiness = false }: NameFieldsProps) {
  const t = useT();
  const form = Form.useFormInstance<EstablishmentValues>();
  const { data, loading } = useApi<z.infer<typeof NameReservationListResponse>>(ownReservations ? '/api/names/reservations' : null);
  const reservations = (data?.items ?? []).filter(held);
  const name = Form.useWatch('name', form);
  // A name typed over the reserved one is no longer that reservation's: the reservation is let go of in the form.
  useEffect(() => {
    if (!ownReservations) return;
    const id = form.getFieldValue('nameReservationId') as number | null | undefined;
    const picked = reservations.find((r) => r.id === id);
    if (picked && (name ?? '').trim() !== picked.name) form.setFieldValue('nameReservationId', undefined);
    // Only a change of the name matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name]);
  return (
    <>
      {ownReservations ? (
        <Form.Item name="nameReservationId" label={t('registration.form.reservation')} extra={t('registration.form.reservationHelp')}>
          <Select<number>
            allowClear
            loading={loading}
            style={{ maxWidth: 420 }}
            placeholder={t('registration.form.reservationPlaceholder')}
            notFoundContent={loading ? undefined : t('registration.form.reservationNone')}
            options={reservations.map((r) => ({ value: r.id, label: r.reservedUntil ? t('registration.form.reservationOption', { name: r.name, until: r.reservedUntil }) : r.name, title: r.name }))}
            onChange={(id) => {
              const picked = reservations.find((r) => r.id === id);
              if (picked) {
                form.setFieldValue('name', picked.name);
                void form.validateFields(['name']).catch(() => undefined);
              }
            }}
          />
        </Form.Item>
      ) : (
        <Form.Item name="nameReservationId" label={t('registration.form.reservationNo')} extra={t('registration.form.reservationNoHelp')}>
          <InputNumber<number> min={1} precision={0} style={{ width: 200 }} />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t(individualBusiness ? 'registration.form.individualName' : 'registration.form.name')}
        extra={
          <>
            {t(individualBusiness ? 'registration.form.individualNameHelp' : 'registration.form.nameHelp')}{' '}
            <Link to="/names">
              <EditOutlined /> {t('registration.form.nameCheckLink')}
            </Link>
          </>
        }
        rules={[{ required: true, whitespace: true, message: t('registration.form.required') }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}
