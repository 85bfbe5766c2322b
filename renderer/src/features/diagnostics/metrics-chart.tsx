import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { LiveMetrics } from '@firstline/protocol';
import { formatTime } from '../ui/format';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

/** CPU, memory and network throughput, every 2 s, on the engineer's side. */
export function MetricsChart({ metrics }: { metrics: LiveMetrics[] }) {
  const { t, i18n } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'line',
      data: { labels: [], datasets: [] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          percent: { type: 'linear', position: 'left', min: 0, max: 100, title: { display: true, text: '%' } },
          rate: { type: 'linear', position: 'right', min: 0, grid: { drawOnChartArea: false }, title: { display: true, text: 'KB/s' } },
        },
      },
    });
    return () => chart.current?.destroy();
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data.labels = metrics.map((m) => formatTime(m.at, i18n.language));
    c.data.datasets = [
      {
        label: t('inventory.metrics.cpu'),
        data: metrics.map((m) => m.cpuPercent),
        yAxisID: 'percent',
        borderColor: '#1f6feb',
        pointRadius: 0,
      },
      {
        label: t('inventory.metrics.memory'),
        data: metrics.map((m) => m.memUsedPercent),
        yAxisID: 'percent',
        borderColor: '#8250df',
        pointRadius: 0,
      },
      {
        label: t('inventory.metrics.received'),
        data: metrics.map((m) => Math.round(m.rxBytesPerSec / 1024)),
        yAxisID: 'rate',
        borderColor: '#1a7f37',
        pointRadius: 0,
      },
      {
        label: t('inventory.metrics.sent'),
        data: metrics.map((m) => Math.round(m.txBytesPerSec / 1024)),
        yAxisID: 'rate',
        borderColor: '#bf8700',
        pointRadius: 0,
      },
    ];
    c.update('none');
  }, [metrics, t, i18n.language]);

  return (
    <section className="card metrics" aria-label={t('inventory.metrics.title')} data-testid="metrics-chart" data-samples={metrics.length}>
      <h3>{t('inventory.metrics.title')}</h3>
      <div className="chart-box">
        <canvas ref={canvas} />
      </div>
      {metrics.length === 0 && <p className="muted">{t('inventory.metrics.waiting')}</p>}
    </section>
  );
}
