/**
 * The request context every data operation takes. The store's query helpers add the tenant
 * condition from it, and the audit log records the actor from it.
 */
export type Role = 'patient' | 'clinician' | 'reviewer' | 'data_scientist' | 'admin' | 'system';

export const userRoles = ['patient', 'clinician', 'reviewer', 'data_scientist', 'admin'] as const satisfies readonly Role[];

export interface Actor {
  id: string;
  role: Role;
  /** Set for patient actors: the only Patient resource they may reach. */
  patientId?: string;
}

export interface RequestContext {
  tenantId: string;
  actor: Actor;
}

/** Context for trusted local tools (CLI, seeding, benchmarks) acting on one institution. */
export function systemContext(tenantId: string): RequestContext {
  return { tenantId, actor: { id: 'system', role: 'system' } };
}
