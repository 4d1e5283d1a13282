import type { IndustryView } from '../../../../schemas/reference.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

export type IndustryLevel = IndustryView['level'];

export const industryLevelLabels: Record<IndustryLevel, MessageId> = {
  section: 'reference.industries.level.section',
  division: 'reference.industries.level.division',
  group: 'reference.industries.level.group',
  class: 'reference.industries.level.class',
};

export const INDUSTRY_LEVELS = Object.keys(industryLevelLabels) as IndustryLevel[];
