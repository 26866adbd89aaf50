// The machine a benchmark ran on, for the record beside its figures.
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

/** "2 cores (AMD EPYC), 23.4 GiB RAM, Node v20.19.0". */
export function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // Not Linux: os.cpus() has the model too.
  }
  return `${availableParallelism()} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`;
}

/**
 * The one-minute load average, as a note: other work on the machine slows the prep (which uses
 * every core) more than the one-thread reference, so a ratio taken on a busy machine is low.
 */
export function loadNote(): string {
  const [one] = loadavg();
  const cores = availableParallelism();
  return `load average ${one!.toFixed(2)} on ${cores} cores${one! > 0.5 ? ' (other work is running: figures are lower than on an idle machine)' : ''}`;
}
