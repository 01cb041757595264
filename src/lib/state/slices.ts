/**
 * Run work cut into steps (a generator that yields between chunks, see customerView.ts `Steps`) on the
 * main thread without a long task: steps run for at most `budgetMs`, then the page gets the event loop
 * back (input, paint) before the next slice. The returned function cancels: `done` is then never called,
 * so a result computed from stale inputs never lands.
 */
export function runInSlices<T>(
  steps: Generator<void, T, void>,
  done: (value: T) => void,
  budgetMs = 30,
): () => void {
  let cancelled = false;
  const slice = () => {
    if (cancelled) return;
    const end = performance.now() + budgetMs;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        done(next.value);
        return;
      }
      if (performance.now() >= end) break;
    }
    setTimeout(slice, 0);
  };
  slice();
  return () => {
    cancelled = true;
  };
}
