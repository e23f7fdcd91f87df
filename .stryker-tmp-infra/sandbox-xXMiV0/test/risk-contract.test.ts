// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { dataWhenAlgoregAnswers, useStack } from './harness.ts';

/**
 * What a Go!Risk assessment shows when Algoreg's answer is sparse or odd: the sandbox answers Get
 * customer last risk verbatim (`body` fault), and the GraphQL answer is held field by field. The
 * seeds always carry every field, so these are the only tests of the wire layer's tolerance.
 */

const RISK = 'GET /api/v1/customers/{customer_external_id}/risk';

const QUERY = `{
  customer(externalId: "C-0001") {
    risk { level rawLevel score computedAt factors { name value level contribution } }
  }
}`;

interface Factor {
  name: string;
  value: string | null;
  level: string | null;
  contribution: number | null;
}
interface Assessment {
  level: string | null;
  rawLevel: string | null;
  score: number | null;
  computedAt: string | null;
  factors: Factor[];
}

const stack = useStack();

/** The assessment as the gateway shows it when Algoreg answers `json` to Get customer last risk. */
async function riskFrom(json: unknown): Promise<Assessment> {
  const data = await dataWhenAlgoregAnswers<{ customer: { risk: Assessment | null } | null }>(
    stack,
    RISK,
    json,
    QUERY,
  );
  const risk = data.customer?.risk;
  if (!risk) throw new Error('no assessment');
  return risk;
}

describe('contract: Go!Risk Get customer last risk, sparse or odd', () => {
  it("reads each factor's value as text: a list joined, an object as JSON, a number or flag as written", async () => {
    const risk = await riskFrom({
      risk: 'Medium',
      score: 48,
      computed_at: '2024-06-01T10:00:00Z',
      factors: [
        { name: 'Nationality', value: ['FR', 'DE'], level: 'High', contribution: 30 },
        { name: 'Address', value: { city: 'Lyon' }, level: 'Low', contribution: 9 },
        { name: 'Age', value: 42, level: 'low', contribution: 5 },
        { name: 'PEP', value: false, level: 'Low', contribution: 4 },
      ],
    });
    expect(risk).toEqual({
      level: 'MEDIUM',
      rawLevel: 'Medium',
      score: 48,
      computedAt: '2024-06-01T10:00:00.000Z',
      factors: [
        { name: 'Nationality', value: 'FR, DE', level: 'HIGH', contribution: 30 },
        { name: 'Address', value: '{"city":"Lyon"}', level: 'LOW', contribution: 9 },
        { name: 'Age', value: '42', level: 'LOW', contribution: 5 },
        { name: 'PEP', value: 'false', level: 'LOW', contribution: 4 },
      ],
    });
  });

  it('reads a missing value (absent, null, "", an empty list) as null, a nameless factor by a placeholder, no level as null', async () => {
    const risk = await riskFrom({
      risk: 'High',
      factors: [
        { name: 'Occupation', contribution: 4 },
        { name: 'Domicile', value: null, level: 'Undefined', contribution: 3 },
        { name: 'Phone', value: '', contribution: 2 },
        { value: [], level: 'Low', contribution: 1 },
      ],
    });
    expect(risk.factors).toEqual([
      { name: 'Occupation', value: null, level: null, contribution: 4 },
      { name: 'Domicile', value: null, level: 'UNDEFINED', contribution: 3 },
      { name: 'Phone', value: null, level: null, contribution: 2 },
      { name: 'unnamed factor', value: null, level: 'LOW', contribution: 1 },
    ]);
  });

  it('reads an assessment without a level, score, date or factors as nulls and no factors', async () => {
    expect(await riskFrom({})).toEqual({
      level: null,
      rawLevel: null,
      score: null,
      computedAt: null,
      factors: [],
    });
  });

  it('reads an unknown level label as UNDEFINED, keeping the label', async () => {
    const risk = await riskFrom({ risk: 'Severe', score: 99, factors: null });
    expect([risk.level, risk.rawLevel, risk.score, risk.factors]).toEqual(['UNDEFINED', 'Severe', 99, []]);
  });
});
