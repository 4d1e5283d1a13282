/** Bad command-line input: the CLI prints `zimao: <message>` on stderr and exits 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** Exit status when a check finds a problem that is not bad input (e.g. a broken audit chain). */
export const EXIT_CHECK_FAILED = 1;
export const EXIT_USAGE = 2;
