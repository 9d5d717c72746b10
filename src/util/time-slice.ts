// Long work in slices: call `await slice()` between steps; it yields to the event loop (a
// keystroke, a timer) once `ms` of work have passed since the last yield, and is free otherwise.
export type Slice = () => Promise<void> | void;

export function timeSlicer(ms: number): Slice {
  let start = performance.now();
  return () => {
    if (performance.now() - start < ms) return;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        start = performance.now();
        resolve();
      }),
    );
  };
}
