import { useRef, type ComponentProps, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignallingClient } from '../../features/signalling/signalling-client';
import { RemoteScreen } from './remote-screen';
import { ScreenshotsCard, TakeScreenshotButton } from './screenshots-card';
import { useSessionScreenshots, type SessionScreenshots } from './use-session-screenshots';

type ScreenProps = Omit<ComponentProps<typeof RemoteScreen>, 'videoRef' | 'fullScreenTools'>;

/**
 * The customer's screen and the screenshots taken of it, one list whichever place they are taken
 * from: the card under the picture, or the bar over it in full screen, where the engineer reads
 * small text and should not have to leave full screen to keep what they read.
 */
export function LiveScreen({
  screen,
  sessionId,
  screenTools,
  customerName,
  signalling,
}: {
  screen: ScreenProps;
  sessionId: string;
  /** The screen's tools are offered: an active session whose customer can share a screen. */
  screenTools: boolean;
  customerName: string;
  signalling: RefObject<SignallingClient | null>;
}) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const screenshots = useSessionScreenshots(sessionId, videoRef, signalling);
  const canTake = screenTools && screen.sharing && screen.stream !== null;
  return (
    <>
      <RemoteScreen
        {...screen}
        videoRef={videoRef}
        fullScreenTools={screenTools && <FullScreenScreenshot screenshots={screenshots} canTake={canTake} />}
      />
      {screenTools && <ScreenshotsCard sessionId={sessionId} screenshots={screenshots} canTake={canTake} customerName={customerName} />}
    </>
  );
}

/** Take screenshot in the full-screen bar, with what became of it said beside it. */
function FullScreenScreenshot({ screenshots, canTake }: { screenshots: SessionScreenshots; canTake: boolean }) {
  const { t } = useTranslation();
  const { error, takenCount } = screenshots;
  return (
    <>
      <TakeScreenshotButton screenshots={screenshots} canTake={canTake} />
      <span className="fullscreen-bar-status" role="status" data-testid="fullscreen-screenshot-status">
        {error ?? (takenCount > 0 ? t('screenshots.kept', { count: takenCount }) : '')}
      </span>
    </>
  );
}
