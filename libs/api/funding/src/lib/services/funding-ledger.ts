import { EntityManager } from 'typeorm';

export type LedgerTransactionKind =
  'DONATION' | 'REFUND' | 'PLEDGE' | 'SPONSOR_GRANT' | 'ROUND_MATCHING' | 'ROUND_POOL' | 'PAYOUT';

export const CLEARING_ACCOUNT = 'stripe-clearing';
export const POOL_ACCOUNT = 'pool';
export const initiativeAccount = (initiativeId: string) => `initiative:${initiativeId}`;
export const sponsorAccount = (organisationId: string) => `sponsor:${organisationId}`;
export const matchingAccount = (pledgeId: string) => `matching:${pledgeId}`;
export const payoutAccount = (organisationId: string) => `payout:${organisationId}`;
/** Where a donation goes: an initiative's account, or the common fund. */
export const donationAccount = (initiativeId: string | null) =>
  initiativeId ? initiativeAccount(initiativeId) : POOL_ACCOUNT;

export interface LedgerPosting {
  kind: LedgerTransactionKind;
  /** With the kind, identifies the transaction: posting the same one twice writes nothing the second time. */
  reference: string;
  memo?: string;
  /** Debits positive, credits negative, in cents; they must sum to zero. */
  entries: { account: string; amountCents: number }[];
}

/**
 * Posts a double-entry transaction in the caller's database transaction. Entries on the same account are
 * merged; the database checks again at commit that every transaction sums to zero. Returns false when a
 * transaction with this kind and reference already exists (nothing written).
 */
export async function postLedgerTransaction(
  manager: EntityManager,
  posting: LedgerPosting,
): Promise<boolean> {
  const byAccount = new Map<string, number>();
  for (const { account, amountCents } of posting.entries) {
    if (!Number.isSafeInteger(amountCents))
      throw new Error(`Ledger amounts are whole cents (got ${amountCents}).`);
    byAccount.set(account, (byAccount.get(account) ?? 0) + amountCents);
  }
  const entries = [...byAccount].filter(([, amount]) => amount !== 0);
  const total = entries.reduce((sum, [, amount]) => sum + amount, 0);
  if (total !== 0)
    throw new Error(`Ledger transaction ${posting.kind} ${posting.reference} sums to ${total}, not 0.`);
  if (entries.length === 0) return false;
  const [created] = await manager.query(
    `INSERT INTO ledger_transaction (kind, reference, memo) VALUES ($1, $2, $3)
     ON CONFLICT (kind, reference) DO NOTHING RETURNING id`,
    [posting.kind, posting.reference, posting.memo ?? null],
  );
  if (!created) return false;
  const accounts = entries.map(([account]) => account);
  await manager.query(
    `INSERT INTO ledger_account (code) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT (code) DO NOTHING`,
    [accounts],
  );
  await manager.query(
    `INSERT INTO ledger_entry (transaction_id, account_id, amount_cents)
     SELECT $1, a.id, x.amount FROM unnest($2::text[], $3::bigint[]) AS x (code, amount)
     JOIN ledger_account a ON a.code = x.code`,
    [created.id, accounts, entries.map(([, amount]) => amount)],
  );
  return true;
}

/** Balances (debits − credits) of the given accounts, in cents; accounts never used are 0. */
export async function ledgerBalances(
  manager: EntityManager,
  accounts: string[],
): Promise<Map<string, number>> {
  const rows: { code: string; balance: string }[] = await manager.query(
    `SELECT a.code, sum(e.amount_cents) AS balance FROM ledger_account a
     JOIN ledger_entry e ON e.account_id = a.id WHERE a.code = ANY($1) GROUP BY a.code`,
    [accounts],
  );
  const balances = new Map(accounts.map((account) => [account, 0]));
  for (const row of rows) balances.set(row.code, Number(row.balance));
  return balances;
}
