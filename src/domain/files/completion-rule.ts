// Parallel approval's outcome (并联审批, Trial Measures Art. 14): how the department tasks decide the file.
import type { CompletionRule } from './file-type.ts';
import type { CompletionState, FileTask } from './file-state.ts';

// Guarantees: 'met' when the rule is satisfied by the approved tasks; 'unmet' when no decision of the open
// tasks can satisfy it any more (a task was rejected and too few remain); else 'pending'. Cancelled tasks do
// not count. With no tasks, 'all' is met (nothing to wait for) while 'any' and 'quorum' are pending.
export function evaluateCompletion(rule: CompletionRule, tasks: readonly FileTask[]): CompletionState {
  const counted = tasks.filter((t) => t.status !== 'cancelled');
  const approvals = counted.filter((t) => t.status === 'approved').length;
  const rejections = counted.filter((t) => t.status === 'rejected').length;
  const open = counted.filter((t) => t.status === 'open').length;
  const at = (state: CompletionState['state']): CompletionState => ({ state, approvals, rejections, open });
  switch (rule.kind) {
    case 'all':
      if (rejections > 0) return at('unmet');
      return at(open === 0 ? 'met' : 'pending');
    case 'any':
      if (approvals > 0) return at('met');
      return at(counted.length > 0 && open === 0 ? 'unmet' : 'pending');
    case 'quorum':
      if (approvals >= rule.approvals) return at('met');
      return at(rejections > 0 && approvals + open < rule.approvals ? 'unmet' : 'pending');
  }
}
