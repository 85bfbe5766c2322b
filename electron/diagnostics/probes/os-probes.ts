import { userInfo } from 'node:os';
import si from 'systeminformation';
import type { Probe } from '../probe-runner';
import { str } from './normalize';

export const osProbe: Probe<'os'> = {
  name: 'os',
  async run() {
    const info = await si.osInfo();
    return {
      platform: str(info.platform),
      distro: str(info.distro),
      release: str(info.release),
      kernel: str(info.kernel),
      arch: str(info.arch),
      hostname: str(info.hostname),
      uptimeSeconds: si.time().uptime,
      userName: str(userInfo().username),
    };
  },
};

type Proc = { name: string; pid: number; parentPid: number; cpu: number; mem: number; user: string };
const toRow = (p: Proc) => ({
  name: str(p.name),
  pid: p.pid,
  cpuPercent: Math.round(p.cpu * 10) / 10,
  memPercent: Math.round(p.mem * 10) / 10,
  user: str(p.user),
});

export const processesProbe: Probe<'processes'> = {
  name: 'processes',
  async run() {
    const processes = await si.processes();
    // Leave out the collector itself and what it spawned (ps and friends), or it measures itself.
    const list = (processes.list as Proc[]).filter((p) => p.pid !== process.pid && p.parentPid !== process.pid);
    return {
      total: processes.all,
      byCpu: [...list]
        .sort((a, b) => b.cpu - a.cpu)
        .slice(0, 10)
        .map(toRow),
      byMemory: [...list]
        .sort((a, b) => b.mem - a.mem)
        .slice(0, 10)
        .map(toRow),
    };
  },
};

export const softwareProbe: Probe<'software'> = {
  name: 'software',
  timeoutMs: 8000,
  async run() {
    const versions = (await si.versions()) as unknown as Record<string, string>;
    const present = Object.entries(versions).filter(([, v]) => typeof v === 'string' && v.trim() !== '');
    return { versions: Object.fromEntries(present.slice(0, 200).map(([k, v]) => [k.slice(0, 64), v.trim().slice(0, 512)])) };
  },
};
