export * from './roles.js';
export * from './languages.js';
export * from './geography.js';
export * from './interests.js';
export * from './limits.js';
export * from './knowledge.js';
export * from './notifications.js';
export * from './events.js';
