import { Flex, Tag } from 'antd';
import { useLocale, useT } from '../../i18n/useT.ts';
import type { RestrictionView } from './editionModel.ts';
import { restrictionColor, restrictionText, sunsetText } from './restrictionText.ts';

export type RestrictionTagsProps = { restrictions: readonly RestrictionView[] };

/** The conditions of a measure as tags in words, each with the day it lapses when it does. */
export function RestrictionTags({ restrictions }: RestrictionTagsProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Flex vertical gap={4} align="flex-start">
      {restrictions.map((r, i) => {
        const sunset = sunsetText(r, t);
        return (
          <span key={i}>
            <Tag color={restrictionColor(r.type)} style={{ whiteSpace: 'normal', marginInlineEnd: 4 }}>
              {restrictionText(r, t, locale)}
            </Tag>
            {sunset && <Tag color="default">{sunset}</Tag>}
          </span>
        );
      })}
    </Flex>
  );
}
