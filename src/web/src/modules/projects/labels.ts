import type { ProjectStage } from '../../../../schemas/projects.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

export const STAGES: readonly ProjectStage[] = ['negotiating', 'contracted', 'under_construction', 'in_production', 'achieving_results', 'dropped'];

export const stageLabels: Record<ProjectStage, MessageId> = {
  negotiating: 'projects.stage.negotiating',
  contracted: 'projects.stage.contracted',
  under_construction: 'projects.stage.under_construction',
  in_production: 'projects.stage.in_production',
  achieving_results: 'projects.stage.achieving_results',
  dropped: 'projects.stage.dropped',
};

export const stageColors: Record<ProjectStage, string> = {
  negotiating: 'default',
  contracted: 'blue',
  under_construction: 'orange',
  in_production: 'cyan',
  achieving_results: 'green',
  dropped: 'red',
};

export type FitLevel = 'focus_industry' | 'focus_cluster' | 'outside' | 'unclassified';
export const fitLabels: Record<FitLevel, MessageId> = {
  focus_industry: 'projects.fit.focus_industry',
  focus_cluster: 'projects.fit.focus_cluster',
  outside: 'projects.fit.outside',
  unclassified: 'projects.fit.unclassified',
};
export const fitColors: Record<FitLevel, string> = { focus_industry: 'green', focus_cluster: 'blue', outside: 'orange', unclassified: 'default' };

export const investorLabels: Record<'central_soe' | 'foreign_funded' | 'hmt_funded' | 'private', MessageId> = {
  central_soe: 'projects.investor.central_soe',
  foreign_funded: 'projects.investor.foreign_funded',
  hmt_funded: 'projects.investor.hmt_funded',
  private: 'projects.investor.private',
};

export const directionLabels: Record<'bringing_in' | 'going_out', MessageId> = {
  bringing_in: 'projects.direction.bringing_in',
  going_out: 'projects.direction.going_out',
};

export type LandCategory = 'emerging_industry' | 'advanced_manufacturing' | 'standard_factory' | 'incubator' | 'accelerator' | 'public_infrastructure';
export const landCategoryLabels: Record<LandCategory, MessageId> = {
  emerging_industry: 'projects.land.category.emerging_industry',
  advanced_manufacturing: 'projects.land.category.advanced_manufacturing',
  standard_factory: 'projects.land.category.standard_factory',
  incubator: 'projects.land.category.incubator',
  accelerator: 'projects.land.category.accelerator',
  public_infrastructure: 'projects.land.category.public_infrastructure',
};
