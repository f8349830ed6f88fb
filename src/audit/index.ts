export { AuditLog, type AuditEntry, type AuditRecord } from './log.ts';
