// @ts-nocheck
import { Random } from '../random.ts';
import { mimeOf } from '../routes/document.ts';
import type { Json, Store } from '../store.ts';
import { pdf, png } from './document.ts';

/**
 * Seeded Go!Chat threads: an analyst asks a customer for something, the customer answers (often
 * with a file), back and forth. Messages in and out, attachments with real bytes (downloadable
 * byte for byte), read flags, priorities, statuses, tags, reminders and the odd delivery error.
 */

const THREAD_COUNT = 450;

const TOPICS = [
  {
    subject: 'Missing proof of address',
    ask: 'a recent proof of address (less than three months old)',
    file: 'proof-of-address.pdf',
  },
  { subject: 'Identity document expired', ask: 'a copy of a valid identity document', file: 'id-card.png' },
  {
    subject: 'Source of funds',
    ask: 'a document showing the source of the funds received last month',
    file: 'payslip.pdf',
  },
  {
    subject: 'Company registry extract',
    ask: 'a company registry extract of less than three months',
    file: 'registry-extract.pdf',
  },
  {
    subject: 'Beneficial owners',
    ask: 'the list of your beneficial owners with their shareholding',
    file: 'ubo-declaration.pdf',
  },
  {
    subject: 'Periodic review',
    ask: 'a confirmation that your situation has not changed since last year',
    file: 'confirmation.pdf',
  },
  {
    subject: 'Unusual transaction',
    ask: 'an explanation and an invoice for the transfer of last week',
    file: 'invoice.pdf',
  },
  { subject: 'Selfie for verification', ask: 'a selfie holding your identity document', file: 'selfie.png' },
] as const;

const ANSWERS_WITH_FILE = [
  'Hello, please find the document attached.',
  'Here it is. Let me know if anything else is needed.',
  'Sorry for the delay, attached.',
];
const ANSWERS = [
  'I will send it by the end of the week.',
  'Which format do you need? I only have a paper copy.',
];
const FOLLOW_UPS = [
  'Thank you, we received it and are reviewing it.',
  'Thank you. The document is unreadable; could you send a clearer scan?',
  'A reminder: we still need the document to complete your file.',
  'Thank you, your file is now complete.',
];
const TAGS = ['kyc', 'onboarding', 'edd', 'periodic-review', 'urgent'];
const AGENTS = [11, 12, 13];
const END = Date.parse('2026-10-31T00:00:00Z');
const HOUR = 3_600_000;

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** At least 400 threads over the seeded customers (some shared by two related customers). */
export function seedThreads(store: Store, seed: number): void {
  // Its own generator, so the other products' data does not shift when threads change.
  const rng = new Random(seed * 37 + 10);
  const customers = [...store.customers.keys()];
  if (customers.length === 0) return;
  let messageNo = 0;
  let attachmentNo = 0;
  for (let i = 1; i <= THREAD_COUNT; i++) {
    const threadId = `thr-seed-${String(i).padStart(5, '0')}`;
    const primary = customers[(i * 7) % customers.length] as string;
    const ids = [primary];
    if (rng.chance(0.1)) ids.push(rng.pick(customers));
    const customer = store.customers.get(primary)?.customer ?? {};
    const email = String(customer.contacts || `${primary.toLowerCase()}@customers.example.com`);
    const topic = rng.pick(TOPICS);
    const agent = rng.pick(AGENTS);
    const from = Math.max(
      Date.parse(String(customer.created_at)) || END - 365 * 24 * HOUR,
      END - 400 * 24 * HOUR,
    );
    let at = from + rng.next() * (END - from - 30 * 24 * HOUR);
    const createdAt = at;
    const count = rng.int(1, 7);
    const unreadLast = rng.chance(0.35);
    const messages: Json[] = [];
    for (let k = 0; k < count; k++) {
      messageNo += 1;
      const outbound = k % 2 === 0;
      const last = k === count - 1;
      at += rng.int(1, 72) * HOUR;
      const attachments: Json[] = [];
      if (!outbound && rng.chance(0.5)) {
        attachmentNo += 1;
        const attachmentId = `att-seed-${String(attachmentNo).padStart(5, '0')}`;
        const bytes = topic.file.endsWith('.png')
          ? png(rng.int(0, 0xffffff), rng.int(0, 0xffffff))
          : pdf([
              topic.subject,
              `Customer ${primary}`,
              `Attachment ${attachmentId}`,
              'Algoreg sandbox sample',
            ]);
        const safe = rng.next();
        const moved = rng.chance(0.2);
        const attachment: Json = {
          id: attachmentId,
          file_name: topic.file,
          file_mime: mimeOf(topic.file),
          file_size: bytes.length,
          file_type: topic.file.replace(/\.\w+$/, '').replace(/-/g, '_'),
          file_not_dangerous: safe < 0.75 ? true : safe < 0.93 ? null : false,
          attachment_movements: moved
            ? {
                movements: [
                  {
                    agent_id: agent,
                    customer_id: String(customer.id ?? ''),
                    file_id: `doc-moved-${attachmentNo}`,
                  },
                ],
                total: 1,
              }
            : { movements: [], total: 0 },
        };
        attachments.push(attachment);
        store.attachments.set(attachmentId, { attachment, bytes, threadId });
      }
      const readBy = outbound ? [agent] : last && unreadLast ? [] : [rng.pick(AGENTS)];
      messages.push({
        id: `msg-seed-${String(messageNo).padStart(6, '0')}`,
        thread_id: threadId,
        agent_id: outbound ? agent : 0,
        attachments,
        from: outbound ? 'compliance@sandbox.algoreg.local' : email,
        to: outbound ? [email] : ['compliance@sandbox.algoreg.local'],
        cc: [],
        bcc: outbound && rng.chance(0.1) ? ['audit@sandbox.algoreg.local'] : [],
        subject: k === 0 ? topic.subject : `Re: ${topic.subject}`,
        content:
          k === 0
            ? `Hello, to complete your file we need ${topic.ask}. You can answer this message with the file attached.`
            : outbound
              ? rng.pick(FOLLOW_UPS)
              : rng.pick(attachments.length ? ANSWERS_WITH_FILE : ANSWERS),
        created_at: iso(at),
        delivery: { channel: 'email' },
        origin: { type: outbound ? 'web' : 'email' },
        priority: rng.chance(0.8) ? 0 : rng.chance(0.7) ? 1 : 2,
        mailbox_id: 'mbx-compliance',
        external_message_id: `<seed-${messageNo}@mail.example.com>`,
        reply_to_external_message_id: k === 0 ? '' : `<seed-${messageNo - 1}@mail.example.com>`,
        raw_message: '',
        read_by_agents: readBy,
        error_when_trying_to_send: outbound && rng.chance(0.03) ? '550 5.1.1 mailbox unavailable' : '',
      });
    }
    const lastOutbound = (count - 1) % 2 === 0;
    const closed = rng.chance(0.25) && !unreadLast;
    const status = closed ? 3 : lastOutbound ? 2 : 1;
    store.threads.set(threadId, {
      thread: {
        id: threadId,
        client_id: 1,
        contacts: [email],
        created_at: iso(createdAt),
        subject: topic.subject,
        status,
        tag_codes: rng.some(TAGS, 2),
        comment: rng.chance(0.2) ? 'Follow up with the account manager if no answer.' : '',
        reminder:
          status === 2 && rng.chance(0.6)
            ? { delay: rng.pick([24, 48, 72]), number_left: rng.int(0, 3) }
            : null,
      },
      customerExternalIds: [...new Set(ids)],
      messages,
    });
  }
}
