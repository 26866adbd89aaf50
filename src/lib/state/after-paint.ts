// Runs work after the next paint, in a task of its own: what an input changed is shown first (the
// control itself, the key figures), and slower work (the charts, the list) follows without
// delaying that frame. Returns a function that cancels the work if it has not run yet.
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
