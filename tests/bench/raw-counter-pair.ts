import type { Page } from 'playwright';

/**
 * A bare RTCPeerConnection pair carrying the counter canvas, SDP handed across by this process.
 * `tuning: null` is Chromium's defaults (the baseline); with a codec it applies the screen-content
 * settings by hand, so the codecs can be compared on equal terms (BENCH_CODECS).
 */
export async function startRawCounterPair(sender: Page, receiver: Page, tuning: { codec: string } | null): Promise<void> {
  // getDisplayMedia of a real screen needs a user gesture: a real click on a button the page listens to.
  // Tuned, the screen is captured at its own size, as Firstline does; the default lets Chromium pick.
  const video = tuning
    ? { resizeMode: 'none', width: { max: 3840 }, height: { max: 2160 }, frameRate: { ideal: 30, max: 30 } }
    : { frameRate: { ideal: 30, max: 30 } };
  await sender.evaluate((constraints) => {
    const button = document.createElement('button');
    button.id = 'capture';
    button.textContent = 'capture';
    button.addEventListener('click', () => {
      (window as unknown as { capture: Promise<MediaStream> }).capture = navigator.mediaDevices.getDisplayMedia({
        video: constraints as MediaTrackConstraints,
      });
    });
    document.body.append(button);
  }, video);
  await sender.click('#capture');
  const offer = await sender.evaluate(async (tune) => {
    const gathered = (pc: RTCPeerConnection) =>
      new Promise<void>((resolve) => {
        if (pc.iceGatheringState === 'complete') return resolve();
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
      });
    const w = window as unknown as { pc: RTCPeerConnection };
    const stream = await (window as unknown as { capture: Promise<MediaStream> }).capture;
    const track = stream.getVideoTracks()[0]!;
    w.pc = new RTCPeerConnection({ iceServers: [] });
    const sender = w.pc.addTrack(track, stream);
    if (tune) {
      track.contentHint = 'detail';
      const codecs = RTCRtpSender.getCapabilities('video')!.codecs;
      const first = codecs.filter((c) => c.mimeType.toLowerCase() === tune.codec.toLowerCase());
      if (!first.length) throw new Error(`codec ${tune.codec} is not available`);
      w.pc.getTransceivers()[0]!.setCodecPreferences([...first, ...codecs.filter((c) => !first.includes(c))]);
      w.pc.addEventListener('connectionstatechange', () => {
        if (w.pc.connectionState !== 'connected') return;
        const p = sender.getParameters();
        p.degradationPreference = 'maintain-resolution';
        for (const e of p.encodings) e.maxBitrate = 4_000_000;
        void sender.setParameters(p);
      });
    }
    await w.pc.setLocalDescription(await w.pc.createOffer());
    await gathered(w.pc);
    return w.pc.localDescription!.sdp;
  }, tuning);

  const answer = await receiver.evaluate(
    async ({ sdp, tune }) => {
      const gathered = (pc: RTCPeerConnection) =>
        new Promise<void>((resolve) => {
          if (pc.iceGatheringState === 'complete') return resolve();
          pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
        });
      const w = window as unknown as { pc: RTCPeerConnection };
      w.pc = new RTCPeerConnection({ iceServers: [] });
      w.pc.addEventListener('track', (event) => {
        if (tune) (event.receiver as RTCRtpReceiver & { jitterBufferTarget: number }).jitterBufferTarget = 0;
        const video = document.createElement('video');
        video.id = 'raw-video';
        video.muted = true;
        video.srcObject = event.streams[0] ?? new MediaStream([event.track]);
        document.body.append(video);
        void video.play();
      });
      await w.pc.setRemoteDescription({ type: 'offer', sdp });
      await w.pc.setLocalDescription(await w.pc.createAnswer());
      await gathered(w.pc);
      return w.pc.localDescription!.sdp;
    },
    { sdp: offer, tune: tuning },
  );
  await sender.evaluate((sdp) => (window as unknown as { pc: RTCPeerConnection }).pc.setRemoteDescription({ type: 'answer', sdp }), answer);
}
