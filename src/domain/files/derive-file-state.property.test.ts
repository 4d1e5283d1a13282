// Random walks through the engine: whatever actors try, in whatever order, the state is a deterministic fold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error.ts';
import { addDays } from '../calendar/index.ts';
import { ACTION_TYPES, type ActionType } from './action-type.ts';
import { allowedActions, assertActionAllowed } from './allowed-actions.ts';
import { deriveFileState } from './derive-file-state.ts';
import type { Actor, FileAction } from './file-action.ts';
import type { FileState } from './file-state.ts';
import { isClosedStatus } from './file-status.ts';
import type { FileTypeDefinition } from './file-type.ts';
import { applicant, calendar, officer, otherApplicant, otherOfficer, reviewer, supervisor, system } from './files-test-kit.ts';
import { marketRegistration } from './file-types/market-registration.ts';
import { permitParallel } from './file-types/permit-parallel.ts';
import { permitSingle } from './file-types/permit-single.ts';

/** Actions a guided step takes only now and then, so walks also reach decisions. */
const RARE: readonly string[] = ['withdraw', 'hand_over', 'assign', 'escalate'];
const DEPARTMENTS = ['HOUSING_CONSTRUCTION', 'ECOLOGY_ENVIRONMENT', 'COMMERCE'];
const actors: Actor[] = [applicant, otherApplicant, officer, otherOfficer, supervisor, system, ...DEPARTMENTS.map((d, i) => reviewer(d, 100 + i))];
const types: FileTypeDefinition[] = [permitParallel, permitSingle, marketRegistration];

// Guarantees: a plausible payload for the action, varied by `v`, using the state's tasks.
function payloadFor(type: ActionType, state: FileState | null, v: number): unknown {
  const taskId = state?.tasks[v % Math.max(1, state.tasks.length)]?.id ?? '1-1';
  switch (type) {
    case 'submit': return { applicantId: 1 };
    case 'request_correction': return { items: [{ document: ['plan', 'lease', 'EIA'][v % 3], reason: 'missing' }] };
    case 'assign': return { officerId: 10 + (v % 2) };
    case 'hand_over': return { toOfficerId: 10 + (v % 2), reason: 'rota' };
    case 'start_tasks': return { tasks: [{ departmentCode: DEPARTMENTS[v % 3], ...(v % 2 ? { workingDays: 3 + v } : {}) }] };
    case 'assign_task': return { taskId, assigneeId: 100 + (v % 3) };
    case 'approve_task': return { taskId };
    case 'reject_task': return { taskId, reasons: ['not compliant'], legalBasis: 'basis' };
    case 'reject': return v % 2 ? { reasons: ['refused'], legalBasis: 'basis' } : {};
    case 'extend': return { workingDays: 1 + v * 3, approvedBy: 'head', reason: 'complex' };
    case 'pause': return { kind: v % 2 ? 'awaiting_applicant' : 'excluded_procedure', reason: 'procedure', ...(v > 1 ? { expectedWorkingDays: v } : {}) };
    case 'escalate': return { level: v % 2 ? 'overdue' : 'due_soon', to: 'supervisor' };
    default: return {};
  }
}

interface Step { actor: number; pick: number; guided: boolean; advance: number; v: number }

// Guarantees: a guided step picks an actor who can act and one of their listed actions (withdrawal, which ends
// the walk, and custody moves only rarely); an unguided step tries any action as any actor, to exercise refusals.
function choose(type: FileTypeDefinition, state: FileState | null, on: string, s: Step) {
  const options = actors.map((actor) => ({ actor, listed: allowedActions(type, state, actor, on) }));
  if (s.guided) {
    const able = options.map((o) => ({ ...o, pool: o.listed.filter((a) => !RARE.includes(a) || s.v === 5) })).filter((o) => o.pool.length > 0);
    const chosen = able[s.actor % Math.max(1, able.length)];
    if (chosen !== undefined) return { actor: chosen.actor, listed: chosen.listed, actionType: chosen.pool[s.pick % chosen.pool.length] as ActionType };
  }
  const { actor, listed } = options[s.actor % options.length] as (typeof options)[number];
  return { actor, listed, actionType: ACTION_TYPES[s.pick % ACTION_TYPES.length] as ActionType };
}

const step = fc.record({ actor: fc.nat(), pick: fc.nat(), guided: fc.integer({ min: 0, max: 9 }).map((n) => n < 8), advance: fc.integer({ min: 0, max: 4 }), v: fc.integer({ min: 0, max: 5 }) });
const walk = fc.record({ type: fc.constantFrom(...types), start: fc.integer({ min: 0, max: 480 }), steps: fc.array(step, { minLength: 5, maxLength: 60 }) });

describe('deriveFileState properties', () => {
  it('folding is deterministic, version = actions.length, every prefix replays to the state seen then, and only listed actions pass', () => {
    fc.assert(
      fc.property(walk, ({ type, start, steps }) => {
        const actions: FileAction[] = [];
        const seen: FileState[] = [];
        let state: FileState | null = null;
        let on = addDays('2025-01-02', start);
        for (const s of steps) {
          on = addDays(on, s.advance);
          const { actor, listed, actionType } = choose(type, state, on, s);
          const before = JSON.stringify(state);
          let action: FileAction;
          try {
            action = assertActionAllowed(type, state, actor, { type: actionType, on, at: `${on}T01:00:00Z`, payload: payloadFor(actionType, state, s.v) });
          } catch (error) {
            expect(isAppError(error)).toBe(true);
            expect(JSON.stringify(state)).toBe(before); // a refusal changes nothing
            continue;
          }
          expect(listed).toContain(actionType);
          actions.push(action);
          state = deriveFileState(type, actions, calendar);
          seen.push(state);
        }
        if (state === null) return;
        expect(state.version).toBe(actions.length);
        expect(deriveFileState(type, [...actions], calendar)).toEqual(state);
        seen.forEach((s, i) => expect(deriveFileState(type, actions.slice(0, i + 1), calendar)).toEqual(s));
        if (isClosedStatus(state.status)) for (const a of actors) expect(allowedActions(type, state, a)).toEqual([]);
        if (state.status === 'accepted') expect(state.clock.dueOn).not.toBeNull();
        expect(new Set(state.tasks.map((t) => t.id)).size).toBe(state.tasks.length);
      }),
      { numRuns: 200 },
    );
  });
});
