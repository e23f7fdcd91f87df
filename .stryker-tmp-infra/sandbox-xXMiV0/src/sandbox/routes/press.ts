// @ts-nocheck
import { customerReportId } from '../../algoreg/wire/press.ts';
import {
  customerName,
  customerSubject,
  customerTone,
  type PressTone,
  pendingReport,
  pressContent,
  pressRandom,
} from '../seed/press.ts';
import type { Json, PressReportState, Store } from '../store.ts';
import { apiError, type RouteHandlers } from './types.ts';

/** Go!Press (API.md §5.3; paths and most of the shapes assumed, see the endpoint table). */
export function pressRoutes(): RouteHandlers {
  return {
    getPressReport: ({ params }, store) => {
      const state = store.pressReports.get(params.id ?? '');
      if (!state) return apiError(404, 'report_not_found', 'Report not found');
      advance(state);
      return { json: state.report };
    },

    forcePressReport: ({ params }, store) => {
      const externalId = params.customer_external_id ?? '';
      const customer = store.customers.get(externalId);
      if (!customer) return apiError(404, 'customer_not_found', 'Customer not found');
      const id = customerReportId(externalId);
      const subject = customerSubject(customer);
      const rng = pressRandom(1, id);
      const state = pendingReport(
        id,
        externalId,
        subject,
        pressContent(rng, String(subject.name), customerTone(customer), new Date()),
      );
      store.pressReports.set(id, state);
      return { json: state.report };
    },

    generatePressReport: ({ body }, store) => {
      const b = (body ?? {}) as Json;
      const name = typeof b.name === 'string' ? b.name.trim() : '';
      if (!name) return apiError(400, 'invalid_name', 'name is required');
      if (b.entity_type !== 1 && b.entity_type !== 2)
        return apiError(400, 'invalid_entity_type', 'entity_type must be 1 or 2');
      const countries = Array.isArray(b.countries) ? b.countries.filter((c) => typeof c === 'string') : [];
      const id = store.nextId('press');
      const subject = { name, additional_info: { Entity: b.entity_type, CountryCodes: countries } };
      const state = pendingReport(
        id,
        '',
        subject,
        pressContent(pressRandom(0, name.toLowerCase()), name, toneOf(store, name), new Date()),
      );
      store.pressReports.set(id, state);
      return { json: state.report };
    },
  };
}

/**
 * A pending report is done once it has been read `PRESS_PENDING_READS` times or its time is up:
 * deterministic for tests, and it still finishes for a client that polls slowly.
 */
function advance(state: PressReportState): void {
  const p = state.pending;
  if (!p) return;
  if (p.readsLeft > 0 && Date.now() < p.readyAt) {
    p.readsLeft -= 1;
    return;
  }
  finish(state);
}

/** A pending report whose time is up is done, read or not; true when this call finished it. */
export function finishIfDue(state: PressReportState): boolean {
  if (!state.pending || Date.now() < state.pending.readyAt) return false;
  finish(state);
  return true;
}

function finish(state: PressReportState): void {
  const p = state.pending;
  if (!p) return;
  state.report.status = 'ready';
  state.report.completed_at = new Date().toISOString();
  state.report.general_summary = p.summary;
  state.report.general_sources = p.sources;
  state.pending = null;
}

/** A name screened that is a customer's gets what the press says about that customer. */
function toneOf(store: Store, name: string): PressTone {
  const wanted = name.toLowerCase();
  for (const state of store.customers.values()) {
    if (customerName(state.customer).toLowerCase() === wanted) return customerTone(state);
  }
  return pressRandom(1, wanted).chance(0.2) ? 'adverse' : 'neutral';
}
