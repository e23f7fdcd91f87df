// Imports each domain file for its side effects and builds the schema. Defines nothing.
import { builder } from '../builder.ts';
import './scalars.ts';
import './errors.ts';
import './pagination.ts';
import './customer.ts';
import './save-customers.ts';
import './alert.ts';
import './document.ts';
import './vid/session.ts';
import './vid/start-session.ts';
import './vid/id-check.ts';

export const schema = builder.toSchema({ sortSchema: true });
