// @ts-nocheck
import type { ReminderInput } from '../../algoreg/wire/chat.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { Customer } from '../customer.ts';
import { type DomainError, type Issues, NotFoundError } from '../errors.ts';

/** Input checks the Go!Chat mutations share. Message text is customer data: only lengths are reported. */

export const MAX_SUBJECT = 255;
export const MAX_CONTENT = 100_000;
export const MAX_LIST = 50;
export const MAX_PRIORITY = 10;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const ThreadReminderInput = builder.inputType('ThreadReminderInput', {
  description: 'An automatic reminder sent to the customer while the thread waits for an answer.',
  fields: (t) => ({
    delay: t.int({
      required: true,
      description:
        'Time between reminders, as Algoreg counts it (unit not documented; the sandbox uses hours). At least 1.',
    }),
    remaining: t.int({ required: true, description: 'How many reminders to send (0–20).' }),
  }),
});

export function checkReminder(
  issues: Issues,
  r: { delay: number; remaining: number } | null | undefined,
): ReminderInput | undefined {
  if (!r) return undefined;
  if (r.delay < 1) issues.add('input.reminder.delay', 'must be at least 1');
  if (r.remaining < 0 || r.remaining > 20) issues.add('input.reminder.remaining', 'must be between 0 and 20');
  return { delay: r.delay, remaining: r.remaining };
}

export function checkList(
  issues: Issues,
  field: string,
  list: readonly string[] | null | undefined,
  email = false,
) {
  if (!list) return undefined;
  if (list.length > MAX_LIST) issues.add(field, `at most ${MAX_LIST} values`);
  list.forEach((v, i) => {
    if (!v.trim()) issues.add(`${field}[${i}]`, 'must not be empty');
    else if (email && !EMAIL.test(v.trim())) issues.add(`${field}[${i}]`, 'is not an e-mail address');
  });
  return [...new Set(list.map((v) => v.trim()))];
}

export function checkText(issues: Issues, field: string, value: string | null | undefined, max: number) {
  if (value == null) return undefined;
  // Only lengths are reported: message text is customer data and never goes into an error.
  if (value.length > max) issues.add(field, `at most ${max} characters`);
  return value;
}

export function checkStatus(issues: Issues, status: string | null | undefined) {
  if (status == null) return undefined;
  if (status === 'UNKNOWN') issues.add('input.status', 'UNKNOWN cannot be written');
  return status === 'UNKNOWN' ? undefined : (status as 'OPEN' | 'WAITING_FOR_CUSTOMER' | 'CLOSED');
}

export const threadNotFound = (field = 'input.id') => new NotFoundError('No thread with this id.', field);

export const priorityOf = (issues: Issues, field: string, p: number | null | undefined) => {
  if (p == null) return undefined;
  if (p < 0 || p > MAX_PRIORITY) issues.add(field, `must be between 0 and ${MAX_PRIORITY}`);
  return p;
};

/** A NotFoundError for each external id Algoreg has no customer for (one batch of detail calls). */
export async function unknownCustomers(ctx: Context, externalIds: readonly string[]): Promise<DomainError[]> {
  const found = await Customer.getDataloader(ctx).loadMany(externalIds);
  return externalIds.flatMap((id, i) => {
    const c = found[i];
    if (c instanceof Error) throw c;
    return c
      ? []
      : [new NotFoundError(`No customer with external id "${id}".`, `input.customerExternalIds[${i}]`)];
  });
}
