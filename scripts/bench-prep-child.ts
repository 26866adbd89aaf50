// The prep CLI as bench.ts runs it: the same process and arguments, and on exit a line with the
// process's peak resident set size (all threads), which a parent cannot read once it has gone.
process.on('exit', () => {
  process.stderr.write(`bench: peak RSS ${process.resourceUsage().maxRSS} kB\n`);
});
await import('../data-prep/cli.ts');

export {};
