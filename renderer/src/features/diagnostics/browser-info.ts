import type { SectionData } from '@firstline/protocol';

type NavigatorExtras = Navigator & {
  deviceMemory?: number;
  connection?: { effectiveType?: string; downlink?: number };
  userAgentData?: { platform?: string };
};

function gpuRenderer(): string {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return info && gl ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  } catch {
    return '';
  }
}

/** What a browser can tell about the machine without the desktop app. */
export function collectBrowserInfo(): SectionData<'browser'> {
  const nav = navigator as NavigatorExtras;
  return {
    userAgent: nav.userAgent.slice(0, 512),
    platform: (nav.userAgentData?.platform ?? nav.platform ?? '').slice(0, 512),
    cpuThreads: nav.hardwareConcurrency ?? null,
    deviceMemoryGB: nav.deviceMemory ?? null,
    screens: [{ width: screen.width, height: screen.height, pixelRatio: devicePixelRatio }],
    gpuRenderer: gpuRenderer().slice(0, 512),
    connectionType: nav.connection?.effectiveType ?? '',
    downlinkMbps: nav.connection?.downlink ?? null,
    languages: [...nav.languages].slice(0, 16),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
