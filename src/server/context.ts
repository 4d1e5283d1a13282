import type { Database, Db } from './db/database.ts';
import type { UserView } from '../schemas/auth.ts';

/** What every service receives: the database and a clock (injected so tests fix the time). */
export interface AppContext {
  database: Database;
  db: Db;
  now: () => Date;
}

/** Who is acting. Anonymous public visitors, signed-in accounts, and zimao itself (CLI, seeding). */
export type Actor =
  | { kind: 'public' }
  | { kind: 'system'; name: string }
  | { kind: 'account'; account: UserView; via: 'session' | 'token'; tokenId?: number };

export type AccountActor = Extract<Actor, { kind: 'account' }>;

/** The name written to the audit trail for an actor. */
export function actorName(actor: Actor): string {
  switch (actor.kind) {
    case 'public':
      return 'public';
    case 'system':
      return `system:${actor.name}`;
    case 'account':
      return actor.via === 'token' ? `${actor.account.username}/token:${actor.tokenId}` : actor.account.username;
  }
}
