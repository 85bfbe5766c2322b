import type { Page } from 'playwright';

/**
 * The floor: a bare RTCPeerConnection between two pages, SDP handed across by this process, no
 * signalling server, no simple-peer. Returns ms from createOffer to the first decoded frame.
 */
export async function rawTimeToFirstFrame(sender: Page, receiver: Page): Promise<number> {
  // getDisplayMedia needs a user gesture: a real click on a button the page listens to.
  await sender.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'capture';
    button.textContent = 'capture';
    button.addEventListener('click', () => {
      (window as unknown as { capture: Promise<MediaStream> }).capture = navigator.mediaDevices.getDisplayMedia({
        video: { frameRate: 30 },
      });
    });
    document.body.append(button);
  });
  await sender.click('#capture');
  await sender.evaluate(() => (window as unknown as { capture: Promise<MediaStream> }).capture.then(() => undefined));

  // Non-trickle: each side waits for its host candidates, so one offer and one answer suffice.
  const offer = await sender.evaluate(async () => {
    const gathered = (pc: RTCPeerConnection) =>
      new Promise<void>((resolve) => {
        if (pc.iceGatheringState === 'complete') return resolve();
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
      });
    const w = window as unknown as { pc: RTCPeerConnection; capture: Promise<MediaStream>; startedAt: number };
    const stream = await w.capture;
    w.pc = new RTCPeerConnection({ iceServers: [] });
    for (const track of stream.getTracks()) w.pc.addTrack(track, stream);
    w.startedAt = performance.timeOrigin + performance.now();
    await w.pc.setLocalDescription(await w.pc.createOffer());
    await gathered(w.pc);
    return { sdp: w.pc.localDescription!.sdp, startedAt: w.startedAt };
  });

  const answer = await receiver.evaluate(async (sdp) => {
    const gathered = (pc: RTCPeerConnection) =>
      new Promise<void>((resolve) => {
        if (pc.iceGatheringState === 'complete') return resolve();
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
      });
    const w = window as unknown as { pc: RTCPeerConnection; firstFrame: Promise<number> };
    w.pc = new RTCPeerConnection({ iceServers: [] });
    w.firstFrame = new Promise((resolve) => {
      w.pc.addEventListener('track', (event) => {
        const video = document.createElement('video');
        video.muted = true;
        video.srcObject = event.streams[0] ?? new MediaStream([event.track]);
        document.body.append(video);
        video.requestVideoFrameCallback(() => resolve(performance.timeOrigin + performance.now()));
        void video.play();
      });
    });
    await w.pc.setRemoteDescription({ type: 'offer', sdp });
    await w.pc.setLocalDescription(await w.pc.createAnswer());
    await gathered(w.pc);
    return w.pc.localDescription!.sdp;
  }, offer.sdp);

  await sender.evaluate((sdp) => (window as unknown as { pc: RTCPeerConnection }).pc.setRemoteDescription({ type: 'answer', sdp }), answer);
  const firstFrame = await receiver.evaluate(() => (window as unknown as { firstFrame: Promise<number> }).firstFrame);
  return firstFrame - offer.startedAt;
}
