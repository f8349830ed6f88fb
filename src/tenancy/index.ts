export { Accounts, sessionLifetimeMs, type Institution, type User, type UserRole } from './accounts.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export { SignInThrottle } from './throttle.ts';
