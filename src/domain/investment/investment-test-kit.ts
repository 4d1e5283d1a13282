// Test kit for the investment classifiers: the GB/T 4754-2017 lookup (from the admission kit) and an AppError catcher.
// Used by the *.test.ts files only.
import { isAppError, type AppError } from '../app-error.ts';

export { industries, industryRows } from '../admission/admission-test-kit.ts';

// Guarantees: the AppError fn throws; rethrows any other error; fails when nothing is thrown.
export function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}
