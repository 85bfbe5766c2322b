/** The counter picture's geometry: its size, the frame-number strip (bits × square px) and the still text block. */
export const SOURCE = { width: 1920, height: 1080, bits: 20, square: 48 } as const;
export const TEXT_REGION = { x: 80, y: 160, width: 720, height: 360 };
