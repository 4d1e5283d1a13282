import { Tag } from 'antd';
import type { EstablishmentView } from '../../../../schemas/registration.ts';
import { useT } from '../../i18n/useT.ts';
import { kindTags, routeLabels, statusTags } from './registrationLabels.ts';

/** An application's status (已登记, 审核中, …) as a coloured tag. */
export function EstablishmentStatusTag({ status }: { status: EstablishmentView['status'] }) {
  const t = useT();
  const tag = statusTags[status];
  return (
    <Tag color={tag.color} data-testid="establishment-status" data-status={status}>
      {t(tag.id)}
    </Tag>
  );
}

/** How it was decided: registered on the spot by automated formal review, or after an officer's review. */
export function EstablishmentRouteTag({ route }: { route: EstablishmentView['route'] }) {
  const t = useT();
  return (
    <Tag color={route === 'on_the_spot' ? 'cyan' : 'purple'} data-testid="establishment-route" data-route={route}>
      {t(routeLabels[route])}
    </Tag>
  );
}

/** What the application registers: a company (公司) or an individual business (个体工商户). */
export function EstablishmentKindTag({ kind }: { kind: EstablishmentView['kind'] }) {
  const t = useT();
  const tag = kindTags[kind];
  return (
    <Tag color={tag.color} data-testid="establishment-kind" data-kind={kind}>
      {t(tag.id)}
    </Tag>
  );
}
