import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonAroundSeq } from './chain-hash.ts';

describe('canonicalJsonAroundSeq', () => {
  it('prefix + seq + suffix is the canonical JSON of the record, whatever its content', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(
        fc.string(), fc.string(), fc.date({ noInvalidDate: true }), fc.option(fc.string(), { nil: null }),
        fc.dictionary(fc.string(), json), fc.dictionary(fc.string(), json), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (action, actor, at, subject, request, result, seq) => {
          const record = { action, actor, occurredAt: at.toISOString(), subject, request, result };
          const { prefix, suffix } = canonicalJsonAroundSeq(record);
          expect(prefix + String(seq) + suffix).toBe(canonicalJson({ ...record, seq }));
        },
      ),
    );
  });
});
