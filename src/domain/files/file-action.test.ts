import { describe, expect, it } from 'vitest';
import { loggedFileAction, parseFileAction } from './file-action.ts';

const accepted = { seq: 2, type: 'accept', actorId: 7, actorRole: 'window_officer', on: '2026-11-24', at: '2026-11-24T02:00:00.000Z', payload: {} };

describe('loggedFileAction', () => {
  it('types an action read back from the log as it was taken', () => {
    const action = loggedFileAction(accepted);
    expect(action).toEqual(parseFileAction(accepted));
    expect(action.type).toBe('accept');
  });

  it('refuses a type this code does not know, naming it', () => {
    expect(() => loggedFileAction({ ...accepted, type: 'teleport' })).toThrow(/file action 2: unknown type "teleport"/);
  });
});

describe('parseFileAction', () => {
  it('still refuses a malformed action, naming the field', () => {
    expect(() => parseFileAction({ ...accepted, on: '2026-02-30' })).toThrow(/on/);
    expect(() => parseFileAction({ ...accepted, type: 'request_correction', payload: { items: 'none' } })).toThrow(/payload\.items/);
  });
});
