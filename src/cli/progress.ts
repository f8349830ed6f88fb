import { showProgress } from './program.ts';

/** A one-line progress bar on stderr when it is a terminal; silent when piped or in CI. */
export function progressBar(label: string): { update(done: number, total: number, extra?: string): void; done(): void } {
  const enabled = showProgress();
  let last = 0;
  return {
    update(done, total, extra) {
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${extra ? ` ${extra}` : ''}   `);
    },
    done() {
      if (enabled) process.stderr.write('\n');
    },
  };
}
