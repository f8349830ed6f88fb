import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../context.ts';
import { GalenError } from '../errors/index.ts';
import type { Database, TenantTable, UserTable } from '../store/index.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export type UserRole = Exclude<Role, 'system'>;

export interface Institution {
  id: string;
  slug: string;
  name: string;
}

export interface User {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  role: UserRole;
  patientId?: string;
}

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

function toInstitution(row: TenantTable): Institution {
  return { id: row.id, slug: row.slug, name: row.name };
}

function toUser(row: UserTable): User {
  return { id: row.id, tenantId: row.tenant_id, email: row.email, name: row.name, role: row.role as UserRole, ...(row.patient_id ? { patientId: row.patient_id } : {}) };
}

/** Institutions (tenants), their users and sign-in sessions. */
export class Accounts {
  constructor(private readonly db: Kysely<Database>) {}

  async createInstitution(slug: string, name: string): Promise<Institution> {
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) throw new GalenError('invalid_input', `institution slug "${slug}" must be lowercase letters, digits and dashes`);
    const existing = await this.findInstitution(slug);
    if (existing) throw new GalenError('conflict', `institution ${slug} already exists`);
    const row = { id: randomUUID(), slug, name, created_at: new Date().toISOString() };
    await this.db.insertInto('tenants').values(row).execute();
    return toInstitution(row);
  }

  async findInstitution(slug: string): Promise<Institution | undefined> {
    const row = await this.db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row ? toInstitution(row) : undefined;
  }

  async ensureInstitution(slug: string, name: string): Promise<Institution> {
    return (await this.findInstitution(slug)) ?? this.createInstitution(slug, name);
  }

  async institutionById(id: string): Promise<Institution | undefined> {
    const row = await this.db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toInstitution(row) : undefined;
  }

  async createUser(tenantId: string, input: { email: string; name: string; role: UserRole; password: string; patientId?: string }): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (input.role === 'patient' && !input.patientId) throw new GalenError('invalid_input', 'a patient user must be linked to a Patient resource');
    if (input.password.length < 8) throw new GalenError('invalid_input', 'passwords need at least 8 characters');
    const taken = await this.db.selectFrom('users').select('id').where('tenant_id', '=', tenantId).where('email', '=', email).executeTakeFirst();
    if (taken) throw new GalenError('conflict', `a user with email ${email} already exists`);
    const row: UserTable = {
      id: randomUUID(),
      tenant_id: tenantId,
      email,
      name: input.name,
      role: input.role,
      password_hash: await hashPassword(input.password),
      patient_id: input.patientId ?? null,
      created_at: new Date().toISOString(),
    };
    await this.db.insertInto('users').values(row).execute();
    return toUser(row);
  }

  async countUsers(tenantId: string): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async listUsers(tenantId: string): Promise<User[]> {
    const rows = await this.db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at').orderBy('email').execute();
    return rows.map(toUser);
  }

  /** Checks credentials and opens a session; the token goes in a cookie, only its hash is stored. */
  async signIn(institutionSlug: string, email: string, password: string): Promise<{ token: string; user: User; institution: Institution; expiresAt: string }> {
    const institution = await this.findInstitution(institutionSlug.trim().toLowerCase());
    const row = institution
      ? await this.db.selectFrom('users').selectAll().where('tenant_id', '=', institution.id).where('email', '=', email.trim().toLowerCase()).executeTakeFirst()
      : undefined;
    // Verify against a dummy hash when the user is unknown so timing does not reveal which emails exist.
    const ok = await verifyPassword(password, row?.password_hash ?? dummyHash);
    if (!institution || !row || !ok) throw new GalenError('unauthenticated', 'wrong institution, email or password');
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + sessionLifetimeMs).toISOString();
    await this.db.insertInto('sessions').values({ id: hashToken(token), tenant_id: institution.id, user_id: row.id, created_at: new Date(now).toISOString(), expires_at: expiresAt }).execute();
    return { token, user: toUser(row), institution, expiresAt };
  }

  async sessionUser(token: string): Promise<{ user: User; institution: Institution } | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .innerJoin('tenants', 'tenants.id', 'sessions.tenant_id')
      .select([
        'sessions.expires_at', 'users.id', 'users.tenant_id', 'users.email', 'users.name', 'users.role', 'users.password_hash', 'users.patient_id', 'users.created_at',
        'tenants.slug as tenant_slug', 'tenants.name as tenant_name',
      ])
      .where('sessions.id', '=', hashToken(token))
      .executeTakeFirst();
    if (!row || row.expires_at < new Date().toISOString()) return undefined;
    return { user: toUser(row), institution: { id: row.tenant_id, slug: row.tenant_slug, name: row.tenant_name } };
  }

  async signOut(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const dummyHash = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
