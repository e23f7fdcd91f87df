// @ts-nocheck
// Imports each domain file for its side effects and builds the schema. Defines nothing.
import { builder } from '../builder.ts';
import './scalars.ts';
import './errors.ts';
import './pagination.ts';
import './customer.ts';
import './save-customers.ts';
import './chat/message-mutations.ts';
import './chat/thread-mutations.ts';
import './document/document.ts';
import './document/mutations.ts';
import './kyt/transaction.ts';
import './press.ts';
import './risk.ts';
import './scan/alert-revision.ts';
import './scan/alert.ts';
import './scan/list-profile.ts';
import './scan/name-search.ts';
import './vid/id-check.ts';
import './vid/session.ts';
import './vid/start-session.ts';
import './live/subscriptions.ts';

export const schema = builder.toSchema({ sortSchema: true });
