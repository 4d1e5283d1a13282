// The progress of `zimao generate` on stderr: on a terminal one line rewritten in place (count, rate, ETA) at most
// five times a second; elsewhere (a log, a test) nothing until the final line of each phase.

export interface ProgressSink {
  isTTY: boolean;
  write(text: string): unknown;
}

const stderrSink: ProgressSink = { get isTTY() { return Boolean(process.stderr.isTTY); }, write: (t) => process.stderr.write(t) };

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

const count = (n: number) => n.toLocaleString('en');

export class Progress {
  private readonly started = Date.now();
  private lastDrawn = 0;
  private done = 0;

  constructor(private readonly label: string, private readonly total: number, private readonly sink: ProgressSink = stderrSink) {}

  advance(by: number): void {
    this.done += by;
    if (!this.sink.isTTY) return;
    const now = Date.now();
    if (now - this.lastDrawn < 200 && this.done < this.total) return;
    this.lastDrawn = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : Infinity;
    const share = this.total > 0 ? Math.floor((100 * this.done) / this.total) : 100;
    this.sink.write(`\r\x1b[2Kzimao generate: ${this.label} ${count(this.done)}/${count(this.total)} ${share}% ${count(Math.round(rate))}/s ETA ${duration(eta)}`);
  }

  /** The phase's last line, on every kind of stderr. */
  finish(note = ''): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : this.done;
    this.sink.write(`${this.sink.isTTY ? '\r\x1b[2K' : ''}zimao generate: ${this.label} ${count(this.done)} in ${duration(seconds)} (${count(rate)}/s)${note ? `; ${note}` : ''}\n`);
  }
}
