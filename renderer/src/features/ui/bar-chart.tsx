import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** A small bar chart (Chart.js on a canvas, which the pages' CSP allows). */
export function BarChart({ labels, values, label, testId }: { labels: string[]; values: number[]; label: string; testId?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.current?.destroy();
  }, []);

  useEffect(() => {
    if (!chart.current) return;
    chart.current.data = { labels, datasets: [{ label, data: values, backgroundColor: '#1f6feb', maxBarThickness: 48 }] };
    chart.current.update('none');
  }, [labels, values, label]);

  return (
    <div className="chart-box" data-testid={testId} data-points={values.length}>
      <canvas ref={canvas} aria-label={label} role="img" />
    </div>
  );
}
