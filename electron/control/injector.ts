import type { PointerButton } from '@firstline/protocol';
import type { InjectorPoint } from './coordinate-spaces';

/** What the customer's computer is made to do. One implementation injects for real; tests record. */
export interface Injector {
  moveTo(point: InjectorPoint): void;
  button(button: PointerButton, down: boolean): void;
  /** In notches, as a browser counts them: positive dx to the right, positive dy down. */
  scroll(dx: number, dy: number): void;
  key(key: string, down: boolean, modifiers: string[]): void;
}

/** The parts of @jitsi/robotjs the injector uses (the module is passed in, so this file loads anywhere). */
export interface RobotLike {
  moveMouse(x: number, y: number): void;
  mouseToggle(down: 'down' | 'up', button: 'left' | 'middle' | 'right'): void;
  scrollMouse(x: number, y: number): void;
  keyToggle(key: string, down: 'down' | 'up', modifiers: string[]): void;
}

/**
 * Input through @jitsi/robotjs: MIT, maintained by Jitsi for the remote control in Jitsi Meet's
 * Electron app, and shipped with prebuilt Node-API binaries for Linux, macOS and Windows inside its
 * npm package, so nothing is downloaded or compiled at install.
 */
export function createRobotInjector(robot: RobotLike): Injector {
  return {
    moveTo: (point) => robot.moveMouse(point.x, point.y),
    button: (button, down) => robot.mouseToggle(down ? 'down' : 'up', button),
    // robotjs scrolls up and left for positive numbers (X buttons 4 and 6): the other way round.
    scroll: (dx, dy) => robot.scrollMouse(-dx, -dy),
    key: (key, down, modifiers) => robot.keyToggle(key, down ? 'down' : 'up', modifiers),
  };
}
