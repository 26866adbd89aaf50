// The prep CLI as bench.ts runs it: the same process and arguments, and on exit a line with the
// process's peak resident set size and the CPU time of all its threads, which a parent cannot
// read once it has gone.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`bench: peak RSS ${u.maxRSS} kB, cpu ${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2)} s\n`);
});
await import('../data-prep/cli.ts');

export {};
