// Whether every chart on the page shows its current data: a signal for whoever measures the page
// or waits for it (scripts/bench-dashboard.ts). Each chart reports when its option changes, when
// the new option is handed to ECharts, and when ECharts has painted it (first frame) and finished
// it (animations over). When the last chart catches up, the page says so:
//   performance.mark('charts-painted')  every chart has painted its current data
//   performance.mark('charts-drawn')    every chart has finished; <html data-charts="drawn">
// While some chart is behind, <html data-charts="drawing">.

let painting = 0;
let drawing = 0;

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

function setState(state: 'drawing' | 'drawn'): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.charts = state;
}

/** One chart's progress towards showing its current option. */
export class ChartProgress {
  #painting = false;
  #drawing = false;
  // Events from before the new option was handed over (a previous animation ending) do not count.
  #armed = false;

  /** The chart's option changed: it is behind until it has drawn the new one. */
  start(): void {
    this.#armed = false;
    if (!this.#painting) {
      this.#painting = true;
      painting++;
    }
    if (!this.#drawing) {
      this.#drawing = true;
      if (drawing++ === 0) setState('drawing');
    }
  }

  /** The new option is being handed to ECharts: its render events count from now on. */
  applied(): void {
    this.#armed = true;
  }

  /** ECharts painted a frame. */
  painted(): void {
    if (!this.#armed || !this.#painting) return;
    this.#painting = false;
    if (--painting === 0) mark('charts-painted');
  }

  /** ECharts finished rendering, animations included. */
  finished(): void {
    if (!this.#armed) return;
    this.painted();
    if (!this.#drawing) return;
    this.#drawing = false;
    if (--drawing === 0) {
      mark('charts-drawn');
      setState('drawn');
    }
  }

  /** The chart is gone (or cannot draw): it no longer holds the page back. */
  dispose(): void {
    this.#armed = true;
    this.finished();
  }
}
