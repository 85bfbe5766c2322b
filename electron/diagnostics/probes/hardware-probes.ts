import si from 'systeminformation';
import { loadavg } from 'node:os';
import type { Probe } from '../probe-runner';
import { countOrNull, measured, str } from './normalize';

export const loadAverage5mPercent = (cores: number) => Math.round(((loadavg()[1] ?? 0) / Math.max(1, cores)) * 1000) / 10;

export const systemProbe: Probe<'system'> = {
  name: 'system',
  async run() {
    const [system, bios, board] = await Promise.all([si.system(), si.bios(), si.baseboard()]);
    return {
      manufacturer: str(system.manufacturer),
      model: str(system.model),
      serial: str(system.serial),
      uuid: str(system.uuid),
      bios: { vendor: str(bios.vendor), version: str(bios.version), releaseDate: str(bios.releaseDate) },
      baseboard: { manufacturer: str(board.manufacturer), model: str(board.model), serial: str(board.serial) },
    };
  },
};

export const cpuProbe: Probe<'cpu'> = {
  name: 'cpu',
  async run() {
    const [cpu, load, temp] = await Promise.all([si.cpu(), si.currentLoad(), si.cpuTemperature()]);
    return {
      manufacturer: str(cpu.manufacturer),
      brand: str(cpu.brand),
      cores: cpu.cores,
      physicalCores: cpu.physicalCores,
      speedGHz: cpu.speed,
      loadPercent: Math.round(load.currentLoad * 10) / 10,
      loadAverage5mPercent: loadAverage5mPercent(cpu.cores),
      temperatureC: measured(temp.main),
    };
  },
};

export const memoryProbe: Probe<'memory'> = {
  name: 'memory',
  async run() {
    const [mem, layout] = await Promise.all([si.mem(), si.memLayout()]);
    return {
      totalBytes: mem.total,
      usedBytes: mem.total - mem.available,
      availableBytes: mem.available,
      swapTotalBytes: mem.swaptotal,
      swapUsedBytes: mem.swapused,
      modules: layout.slice(0, 64).map((m) => ({
        sizeBytes: m.size,
        type: str(m.type),
        clockSpeedMHz: measured(m.clockSpeed),
        formFactor: str(m.formFactor),
        bank: str(m.bank),
      })),
    };
  },
};

export const disksProbe: Probe<'disks'> = {
  name: 'disks',
  async run() {
    const [layout, fileSystems] = await Promise.all([si.diskLayout(), si.fsSize()]);
    return {
      devices: layout.slice(0, 64).map((d) => ({
        name: str(d.name || d.device),
        type: str(d.type),
        vendor: str(d.vendor),
        sizeBytes: d.size,
        serial: str(d.serialNum),
        smartStatus: str(d.smartStatus),
      })),
      fileSystems: fileSystems.slice(0, 128).map((f) => ({
        mount: str(f.mount),
        fs: str(f.fs),
        type: str(f.type),
        sizeBytes: f.size,
        usedBytes: f.used,
        usePercent: Number.isFinite(f.use) ? f.use : 0,
      })),
    };
  },
};

export const graphicsProbe: Probe<'graphics'> = {
  name: 'graphics',
  async run() {
    const graphics = await si.graphics();
    return {
      controllers: graphics.controllers.slice(0, 16).map((c) => ({ vendor: str(c.vendor), model: str(c.model), vramMB: measured(c.vram) })),
      displays: graphics.displays.slice(0, 16).map((d) => ({
        model: str(d.model),
        main: Boolean(d.main),
        resolutionX: measured(d.currentResX ?? d.resolutionX),
        resolutionY: measured(d.currentResY ?? d.resolutionY),
      })),
    };
  },
};

export const batteryProbe: Probe<'battery'> = {
  name: 'battery',
  async run() {
    const b = await si.battery();
    const design = measured(b.designedCapacity);
    const max = measured(b.maxCapacity);
    const wear = design && max && design > 0 ? Math.round((1 - max / design) * 1000) / 10 : null;
    return {
      present: b.hasBattery,
      percent: b.hasBattery ? countOrNull(b.percent) : null,
      isCharging: b.isCharging,
      cycleCount: b.hasBattery ? countOrNull(b.cycleCount) : null,
      designCapacity: design,
      maxCapacity: max,
      wearPercent: b.hasBattery ? wear : null,
    };
  },
};
