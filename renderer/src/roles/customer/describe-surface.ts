/** 'monitor' | 'window' | 'browser' as the browser reports it; translated where it is shown. */
export function describeSurface(track: MediaStreamTrack | undefined): string {
  const surface = track?.getSettings()?.displaySurface;
  return surface === 'monitor' || surface === 'window' || surface === 'browser' ? surface : 'monitor';
}
