import { useEffect, useState, type RefObject } from 'react';

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
      const box = { width: video.clientWidth, height: video.clientHeight };
      if (!video.videoWidth || !video.videoHeight || !box.width || !box.height) return setRect(null);
      const scale = Math.min(box.width / video.videoWidth, box.height / video.videoHeight);
      const width = video.videoWidth * scale;
      const height = video.videoHeight * scale;
      const left = video.offsetLeft + (box.width - width) / 2;
      const top = video.offsetTop + (box.height - height) / 2;
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
