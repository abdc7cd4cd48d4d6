/**
 * Makes writes to stdout and stderr synchronous when they are pipes. Node writes to a pipe
 * asynchronously, and the runtime exits (with the run's exit code) as soon as the program is done: a
 * report larger than the pipe's buffer (64 KiB) was cut when `cds validate many/*.txt | wc -c` exited 1.
 * Files and terminals are synchronous already. Call once, first thing in the bin.
 */
export function blockingStdio(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const handle = (stream as unknown as { _handle?: { setBlocking?: (on: boolean) => void } })._handle;
    handle?.setBlocking?.(true);
  }
}
