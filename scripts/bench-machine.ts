// The machine a benchmark ran on, for the record beside its figures.
import { availableParallelism, cpus, totalmem } from 'node:os';
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

const cpuTimes = (): { busy: number; total: number } => {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    busy += all - times.idle;
    total += all;
  }
  return { busy, total };
};

/**
 * How busy the machine's cores are with other work, sampled over `ms` while the benchmark waits:
 * other work slows the prep (which uses every core) more than the one-thread reference, so a
 * ratio taken on a busy machine is low. (The load average would lag a job that just ended.)
 */
export async function loadNote(ms = 1000): Promise<string> {
  const a = cpuTimes();
  await new Promise((ok) => setTimeout(ok, ms));
  const b = cpuTimes();
  const share = b.total > a.total ? (b.busy - a.busy) / (b.total - a.total) : 0;
  const cores = share * availableParallelism();
  return `other work on the machine: ${cores.toFixed(2)} of ${availableParallelism()} cores busy${cores > 0.2 ? ' (figures are lower than on an idle machine)' : ''}`;
}
