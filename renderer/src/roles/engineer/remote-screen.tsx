import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { summarizeStats, type ConnectionStats, type StatsSample } from '../../features/peer/connection-stats';
import { ConnectionStatsList } from './connection-stats-list';
import type { ReactNode } from 'react';
import { markTiming } from '../../features/peer/timing-marks';
import { useControlCapture } from '../../features/control/use-control-capture';
import type { AnnotationUpdate, ControlInput } from '@firstline/protocol';
import { AnnotationLayer } from '../../features/annotation/annotation-layer';
import type { AnnotationScene } from '../../features/annotation/annotation-scene';
import { useAnnotationDrawing, type DrawTool } from '../../features/annotation/use-annotation-drawing';
import { usePictureRect } from '../../features/annotation/use-picture-rect';
import { useFullScreen } from '../../features/ui/use-full-screen';
import { useAutoHide } from '../../features/ui/use-auto-hide';

type Fit = 'fit' | 'actual';

/** The customer's live screen: fit or 1:1, full screen, and the connection's vital signs. */
export function RemoteScreen({
  stream,
  sharing,
  getStats,
  control,
  annotation,
  qualityControls,
  fullScreenTools,
  videoRef: sharedVideoRef,
  waitingText,
}: {
  /** What the picture's place says before any screen arrives, when not the usual "waiting". */
  waitingText?: string;
  /** The video element, for whoever else reads the picture (screenshots). */
  videoRef?: RefObject<HTMLVideoElement | null>;
  /** The quality controls, shown in the toolbar. */
  qualityControls?: ReactNode;
  /** What stays at hand over the picture in full screen, beside the way out. */
  fullScreenTools?: ReactNode;
  stream: MediaStream | null;
  sharing: boolean;
  getStats: () => Promise<RTCStatsReport | null>;
  /** While the engineer controls the customer's computer: where the captured input goes. */
  control: { capturing: boolean; send: (input: ControlInput) => void; onRelease: () => void };
  /** The engineer's pointer and drawings: the tool in hand (none while control is captured) and the scene both sides see. */
  annotation: { tool: DrawTool | null; pinned: boolean; scene: AnnotationScene; now: number; annotate: (update: AnnotationUpdate) => void };
}) {
  const { t } = useTranslation();
  const ownVideoRef = useRef<HTMLVideoElement>(null);
  const videoRef = sharedVideoRef ?? ownVideoRef;
  const frameRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const fullScreen = useFullScreen(stageRef);
  const bar = useAutoHide(fullScreen.active);
  const [fit, setFit] = useState<Fit>('fit');
  const [stats, setStats] = useState<ConnectionStats | null>(null);
  useControlCapture({ enabled: control.capturing, frameRef, videoRef, send: control.send, onRelease: control.onRelease });
  const drawingTool = control.capturing || !sharing ? null : annotation.tool;
  useAnnotationDrawing({ tool: drawingTool, pinned: annotation.pinned, frameRef, videoRef, annotate: annotation.annotate });
  const picture = usePictureRect(videoRef);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    video.srcObject = stream;
    if (!stream) return;
    void video.play().catch(() => undefined);
    video.requestVideoFrameCallback?.(() => markTiming('first-frame'));
  }, [stream, videoRef]);

  useEffect(() => {
    if (!stream) return setStats(null);
    let previous: StatsSample | null = null;
    const sample = async () => {
      const report = await getStats();
      if (!report) return;
      const summary = summarizeStats(report.values() as Iterable<never>, previous, performance.now());
      previous = summary.sample;
      setStats(summary.stats);
    };
    const timer = setInterval(() => void sample(), 1000);
    return () => clearInterval(timer);
  }, [stream, getStats]);

  return (
    <section className="remote-screen card" aria-label={t('engineer.screen.title')}>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('engineer.screen.scale')}>
          <button type="button" aria-pressed={fit === 'fit'} onClick={() => setFit('fit')}>
            {t('engineer.screen.fit')}
          </button>
          <button type="button" aria-pressed={fit === 'actual'} onClick={() => setFit('actual')}>
            {t('engineer.screen.actual')}
          </button>
        </div>
        <button type="button" onClick={fullScreen.enter} disabled={!stream}>
          {t('engineer.screen.fullscreen')}
        </button>
        {qualityControls}
      </div>
      {/* Full screen takes the stage: the picture, and over it a bar with the tools and the way out, which steps aside until the pointer comes to the top edge. */}
      <div className="screen-stage" ref={stageRef} onPointerMove={fullScreen.active ? bar.onPointerMove : undefined}>
        {fullScreen.active && (
          <div
            className="fullscreen-bar"
            role="toolbar"
            aria-label={t('engineer.screen.fullscreenTools')}
            data-hidden={bar.hidden}
            data-testid="fullscreen-bar"
          >
            {fullScreenTools}
            <button type="button" onClick={fullScreen.exit}>
              {t('engineer.screen.exitFullscreen')}
            </button>
          </div>
        )}
        <div
          className={`screen-frame ${fit}${control.capturing ? ' controlling' : ''}${drawingTool ? ' drawing' : ''}`}
          ref={frameRef}
          // Focusable so the keyboard can scroll a picture larger than its frame (and type into it under control).
          tabIndex={0}
          role="group"
          aria-label={control.capturing ? t('engineer.control.capturing') : t('engineer.screen.title')}
        >
          <video ref={videoRef} data-testid="remote-video" muted playsInline autoPlay />
          {picture && stream && sharing && (
            <div
              className="annotation-frame"
              style={{ left: picture.left, top: picture.top, width: picture.width, height: picture.height }}
            >
              <AnnotationLayer scene={annotation.scene} now={annotation.now} width={picture.width} height={picture.height} />
            </div>
          )}
          {(!stream || !sharing) && (
            <p className="screen-placeholder">{stream ? t('engineer.screen.paused') : (waitingText ?? t('engineer.screen.waiting'))}</p>
          )}
        </div>
      </div>
      {/* Under the picture, so the figures never push it down. */}
      <ConnectionStatsList stats={stats} />
    </section>
  );
}
