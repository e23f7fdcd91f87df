// Imports each domain file for its side effects and builds the schema. Defines nothing.
import { builder } from '../builder.ts';
import './scalars.ts';
import './errors.ts';
import './pagination.ts';
import './customer.ts';
import './save-customers.ts';
import './alert.ts';
import './document.ts';
import './kyt/transaction.ts';

export const schema = builder.toSchema({ sortSchema: true });
