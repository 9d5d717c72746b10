// Short human intervals for the grade buttons and summaries ("10m", "3d", "2.5mo"). Pure.

export function formatInterval(ms: number): string {
  const m = Math.max(0, ms) / 60_000;
  if (m < 1) return '<1m';
  if (Math.round(m) < 60) return `${Math.round(m)}m`;
  const h = m / 60;
  if (Math.round(h) < 24) return `${Math.round(h)}h`;
  const d = h / 24;
  if (Math.round(d) < 30) return `${Math.round(d)}d`;
  if (d < 365) return `${trim(d / 30)}mo`;
  return `${trim(d / 365)}y`;
}

function trim(n: number): string {
  return n < 10 ? String(Math.round(n * 10) / 10) : String(Math.round(n));
}
