/**
 * Progress on stderr for long runs: a line rewritten in place at a terminal, a line per tenth of the
 * run when stderr is a log file; nothing at all for short runs, where it would only be noise. Each
 * line has the count and the rate so far (files per second), so a reviewer can tell how long is left.
 */
export interface Progress {
  tick(file: string): void;
  done(): void;
}

const LONG_RUN = 20;

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr, now: () => number = () => performance.now()): Progress {
  if (total < LONG_RUN) return { tick: () => {}, done: () => {} };
  let n = 0;
  const tty = stream.isTTY === true;
  const step = Math.max(1, Math.ceil(total / 10));
  const start = now();
  // Files per second since the run began; a number and a unit symbol, no words to translate.
  const rate = () => {
    const seconds = (now() - start) / 1000;
    return seconds > 0 ? ` ${(n / seconds).toFixed(n / seconds < 10 ? 1 : 0)}/s` : "";
  };
  return {
    tick(file) {
      n++;
      if (tty) stream.write(`\r\u001b[2K[${n}/${total}${rate()}] ${file.length > 60 ? `…${file.slice(-59)}` : file}`);
      else if (n % step === 0 || n === total) stream.write(`[${n}/${total}${rate()}]\n`);
    },
    done() {
      if (tty) stream.write("\r\u001b[2K");
    },
  };
}
