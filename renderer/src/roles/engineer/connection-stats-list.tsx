import { useTranslation } from 'react-i18next';
import type { ConnectionStats } from '../../features/peer/connection-stats';

/** The incoming picture's vital signs: codec, resolution, fps, bitrate, round trip, loss and dropped frames. */
export function ConnectionStatsList({ stats }: { stats: ConnectionStats | null }) {
  const { t } = useTranslation();
  const dash = '—';
  return (
    <dl className="stats" data-testid="connection-stats" data-frames-decoded={stats?.framesDecoded ?? 0}>
      <dt>{t('engineer.stats.codec')}</dt>
      <dd data-testid="stats-codec">{stats?.codec?.replace('video/', '') ?? dash}</dd>
      <dt>{t('engineer.stats.resolution')}</dt>
      {/* Width first in every layout: a right-to-left page would otherwise show 1080×1920. */}
      <dd data-testid="stats-resolution">{stats?.width ? <bdi dir="ltr">{`${stats.width}×${stats.height}`}</bdi> : dash}</dd>
      <dt>{t('engineer.stats.fps')}</dt>
      <dd>{stats?.fps ?? dash}</dd>
      <dt>{t('engineer.stats.bitrate')}</dt>
      <dd>{stats?.bitrateKbps != null ? t('engineer.stats.kbps', { value: stats.bitrateKbps }) : dash}</dd>
      <dt>{t('engineer.stats.rtt')}</dt>
      <dd>{stats?.rttMs != null ? t('engineer.stats.ms', { value: stats.rttMs }) : dash}</dd>
      <dt>{t('engineer.stats.loss')}</dt>
      <dd>{stats?.packetLossPct != null ? t('engineer.stats.percent', { value: stats.packetLossPct }) : dash}</dd>
      <dt>{t('engineer.stats.dropped')}</dt>
      <dd>{stats ? stats.framesDropped : dash}</dd>
    </dl>
  );
}
