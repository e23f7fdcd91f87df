// @ts-nocheck
import { graphcacheOptions } from '@algoreg/graphql-client/cache';
import { cacheExchange } from '@urql/exchange-graphcache';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Client, fetchExchange, Provider } from 'urql';
import { App } from './app.tsx';
import './style.css';

/** The gateway: `VITE_GATEWAY_URL` at build time, else the one `npm start` runs. */
const gateway = import.meta.env.VITE_GATEWAY_URL ?? 'http://localhost:4000';

// graphcache with the package's keys, schema and updaters: a decision moves the alert out of the
// filtered queue and its total, an upload refreshes the customer's documents. fetchExchange sends
// variables holding a File as a GraphQL multipart request.
// The gateway's CSRF prevention refuses a multipart POST (an upload) without a header that only a
// script can set: every request carries one.
const client = new Client({
  url: `${gateway}/graphql`,
  fetchOptions: { headers: { 'graphql-require-preflight': '1' } },
  exchanges: [cacheExchange(graphcacheOptions()), fetchExchange],
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <Provider value={client}>
      <App />
    </Provider>
  </StrictMode>,
);
