// @ts-nocheck
import { isCurrent, riskAssessmentJson, riskRandom } from '../seed/risk.ts';
import { apiError, type RouteHandlers } from './types.ts';

/** Go!Risk (API.md §5.4; paths and shapes assumed, see the endpoint table). */
export function riskRoutes(): RouteHandlers {
  return {
    getCustomerLastRisk: ({ params }, store) => {
      const externalId = params.customer_external_id ?? '';
      const state = store.customers.get(externalId);
      if (!state) return customerNotFound();
      let risk = store.risks.get(externalId);
      if (!risk || !isCurrent(risk, state)) {
        // Changed since (Save customers runs the stand-in risk scan): scored again.
        risk = riskAssessmentJson(state, riskRandom(0, externalId, 1), new Date().toISOString());
        store.risks.set(externalId, risk);
      }
      return { json: risk };
    },

    getCustomerLastEdd: ({ params }, store) => {
      const state = store.customers.get(params.customer_external_id ?? '');
      if (!state) return customerNotFound();
      // The same record as the detail's `edd_status`: one source, so the two always agree.
      if (!state.edd) return apiError(404, 'edd_not_found', 'No EDD decision for this customer');
      return { json: state.edd };
    },
  };
}

const customerNotFound = () => apiError(404, 'customer_not_found', 'Customer not found');
