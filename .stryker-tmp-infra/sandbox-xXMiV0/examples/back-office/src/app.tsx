// @ts-nocheck
import { useState } from 'react';
import { AlertQueue } from './alert-queue.tsx';
import { Customer360 } from './customer-360.tsx';

export function App() {
  const [customer, setCustomer] = useState<string | null>(null);
  return (
    <div className="layout">
      <header>
        <h1>Back office</h1>
        <p>Screening alerts still to decide, and the customer behind each.</p>
      </header>
      <AlertQueue selected={customer} onOpenCustomer={setCustomer} />
      {customer ? (
        <Customer360 externalId={customer} />
      ) : (
        <section className="panel empty">Pick a customer in the queue.</section>
      )}
    </div>
  );
}
