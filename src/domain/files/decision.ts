// Whether a file was decided and on time (Trial Measures Art. 14: the window keeps the statutory or committed time
// limits), from its derived state: the one definition the file's projection, the FTZ Office's statistics and the
// indicators FILES_DECIDED / FILES_DECIDED_ON_TIME share. A withdrawal stops the clock but is no decision.
import type { FileState } from './file-state.ts';

export interface FileDecision {
  /** The day the statutory clock stopped with a decision. */
  readonly decidedOn: string;
  /** On or before the due day (when the file had one). */
  readonly onTime: boolean;
}

export function fileDecision(state: FileState): FileDecision | null {
  const { clock } = state;
  if (clock.stoppedOn === null || state.acceptedOn === null || state.outcome === null || state.outcome.kind === 'withdrawn') return null;
  return { decidedOn: clock.stoppedOn, onTime: clock.dueOn !== null && clock.stoppedOn <= clock.dueOn };
}
