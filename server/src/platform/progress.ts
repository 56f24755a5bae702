/**
 * A one-line progress display for long CLI runs, on stderr and only when
 * stderr is a terminal: piped or redirected output (scripts, CI, logs) gets
 * no progress noise at all. `total` unknown (one set-based statement): a
 * spinner with the elapsed time.
 */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** Where progress goes: stderr, or anything that writes and says whether it is a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

const FRAMES = ['|', '/', '-', '\\'];
const WIDTH = 30;

export function progress(
  label: string,
  total: number | undefined,
  stream: ProgressStream = process.stderr,
): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const started = Date.now();
  let done = 0;
  let frame = 0;
  const draw = () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    let line: string;
    if (total && total > 0) {
      const share = Math.min(1, done / total);
      const filled = Math.round(share * WIDTH);
      line = `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${Math.round(share * 100)}% ${seconds}s`;
    } else {
      line = `${label} ${FRAMES[frame++ % FRAMES.length]} ${seconds}s`;
    }
    stream.write(`\r${line}\x1b[K`);
  };
  draw();
  const timer = setInterval(draw, 100);
  timer.unref();
  return {
    update(n) {
      done = n;
    },
    stop() {
      clearInterval(timer);
      draw();
      stream.write('\n');
    },
  };
}
