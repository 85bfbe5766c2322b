// simple-peer 9 and its streams expect Node's Buffer and process; esbuild injects these.
import { Buffer } from 'buffer';
import process from 'process';

export { Buffer, process };
