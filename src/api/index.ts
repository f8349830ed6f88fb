export * from './auth.ts';
export * from './clinician.ts';
