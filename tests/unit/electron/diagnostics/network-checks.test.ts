import { describe, expect, it } from 'vitest';
import { createNetworkChecksProbe, type NetworkCheckDeps } from '../../../../electron/diagnostics/probes/network-checks';

const deps = (over: Partial<NetworkCheckDeps>): NetworkCheckDeps => {
  let t = 0;
  return { reach: async () => 'answered', resolve: async () => ['93.184.216.34'], now: () => (t += 5), ...over };
};

describe('network checks', () => {
  it('report each result with its time when all is well', async () => {
    const probe = createNetworkChecksProbe({ gateway: async () => '10.0.0.1', internetHost: 'example.com' }, deps({}));
    const time = expect.any(Number);
    expect(await probe.run()).toEqual({
      gateway: { status: 'ok', ms: time, detail: '10.0.0.1' },
      dns: { status: 'ok', ms: time, detail: 'example.com → 93.184.216.34' },
      internet: { status: 'ok', ms: time, detail: 'example.com:443' },
    });
  });

  it('say "unreachable" and "failed" on a machine without internet, and never throw', async () => {
    const probe = createNetworkChecksProbe(
      {
        gateway: async () => {
          throw new Error('no route');
        },
        internetHost: 'example.com',
      },
      deps({
        reach: async () => 'silent',
        resolve: async () => {
          throw Object.assign(new Error('x'), { code: 'ENOTFOUND' });
        },
      }),
    );
    expect(await probe.run()).toEqual({
      gateway: { status: 'skipped', ms: null, detail: 'no default gateway' },
      dns: { status: 'failed', ms: null, detail: 'ENOTFOUND' },
      internet: { status: 'unreachable', ms: null, detail: 'example.com:443' },
    });
  });
});
