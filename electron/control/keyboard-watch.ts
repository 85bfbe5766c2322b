/** The parts of uiohook-napi the watch uses (the module is passed in, so this file loads anywhere). */
export interface UiohookLike {
  on(event: 'keydown', listener: () => void): unknown;
  off(event: 'keydown', listener: () => void): unknown;
  start(): void;
  stop(): void;
}

/** Reports every key pressed anywhere on the machine, while watched; nothing about which key. */
export interface KeyboardWatch {
  watch(onKey: () => void): () => void;
}

/**
 * Global key presses through uiohook-napi (MIT; libuiohook; prebuilt Node-API binaries for Linux,
 * macOS and Windows inside its npm package). The hook runs only while remote control is granted,
 * and only the fact of a key press is passed on, never the key.
 */
export function createKeyboardWatch(uiohook: UiohookLike): KeyboardWatch {
  return {
    watch(onKey) {
      const listener = () => onKey();
      uiohook.on('keydown', listener);
      uiohook.start();
      return () => {
        uiohook.off('keydown', listener);
        uiohook.stop();
      };
    },
  };
}
