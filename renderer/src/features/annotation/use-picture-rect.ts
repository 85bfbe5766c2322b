import { useEffect, useState, type RefObject } from 'react';
import { containedRect } from '../control/video-point';

export interface PictureRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where the picture actually is inside its <video> element (object-fit: contain letterboxes it),
 * relative to the element's box: drawings are laid over exactly that rectangle.
 */
export function usePictureRect(videoRef: RefObject<HTMLVideoElement | null>): PictureRect | null {
  const [rect, setRect] = useState<PictureRect | null>(null);
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    const measure = () => {
      const shown = containedRect(
        { width: video.clientWidth, height: video.clientHeight },
        { width: video.videoWidth, height: video.videoHeight },
      );
      if (!shown) return setRect(null);
      const { width, height } = shown;
      const left = video.offsetLeft + shown.left;
      const top = video.offsetTop + shown.top;
      setRect((current) =>
        current && current.left === left && current.top === top && current.width === width && current.height === height
          ? current
          : { left, top, width, height },
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(video);
    video.addEventListener('resize', measure);
    video.addEventListener('loadedmetadata', measure);
    measure();
    return () => {
      observer.disconnect();
      video.removeEventListener('resize', measure);
      video.removeEventListener('loadedmetadata', measure);
    };
  }, [videoRef]);
  return rect;
}
