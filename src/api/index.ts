export * from './auth.ts';
export * from './clinician.ts';
export * from './portal.ts';
