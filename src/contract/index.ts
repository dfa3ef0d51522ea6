export * from './common.ts';
export * from './contact.ts';
export * from './errors.ts';
export * from './ops.ts';
export * from './permissions.ts';
export * from './profile.ts';
export * from './token.ts';
export * from './user.ts';
