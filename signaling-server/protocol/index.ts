export * from './errors';
export * from './session';
export * from './signal';
export * from './data-channel';
export * from './socket-contract';
export * from './timeline';
export * from './tickets';
export * from './auth';
