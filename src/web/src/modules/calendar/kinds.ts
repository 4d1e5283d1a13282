import type { DayKind } from '../../../../schemas/calendar.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

export type KindStyle = {
  labelId: MessageId;
  /** Short mark shown in a day cell, or null for none. */
  markId: MessageId | null;
  /** Legend colours: the only raw colours of the app, chosen for ≥ 4.5:1 text contrast. */
  background: string;
  border: string;
  text: string;
};

export const DAY_KINDS: Record<DayKind, KindStyle> = {
  workday: { labelId: 'calendar.kind.workday', markId: null, background: '#ffffff', border: '#d9d9d9', text: '#1f1f1f' },
  weekend: { labelId: 'calendar.kind.weekend', markId: null, background: '#eeeeee', border: '#bfbfbf', text: '#1f1f1f' },
  holiday: { labelId: 'calendar.kind.holiday', markId: 'calendar.mark.holiday', background: '#ffd6d1', border: '#e0584a', text: '#7a1209' },
  in_lieu_rest: {
    labelId: 'calendar.kind.in_lieu_rest',
    markId: 'calendar.mark.in_lieu_rest',
    background: '#ffe8c2',
    border: '#d48806',
    text: '#5c3b00',
  },
  adjusted_workday: {
    labelId: 'calendar.kind.adjusted_workday',
    markId: 'calendar.mark.adjusted_workday',
    background: '#d6e4ff',
    border: '#2f54eb',
    text: '#10239e',
  },
};

export const DAY_KIND_ORDER = Object.keys(DAY_KINDS) as DayKind[];
