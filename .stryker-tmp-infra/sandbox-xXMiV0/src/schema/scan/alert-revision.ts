// @ts-nocheck
import {
  ALERT_STATES,
  type AlertRevision as AlertRevisionData,
  type AlertStateName,
} from '../../algoreg/wire/scan.ts';
import { builder } from '../../builder.ts';
import { toDateTime } from '../scalars.ts';

/** The state of an alert and one revision of it: what every alert list answer carries. */

export const AlertState = builder.enumType('AlertState', {
  description:
    'Review state of an alert. Algoreg documents codes 1 (Unknown), 2 (New) and 3 (Pending information); the codes of the other statuses are assumed (see each value). A code this gateway does not know reads as UNKNOWN, with the code in `rawState`.',
  values: Object.fromEntries(
    ALERT_STATES.map((s) => [
      s.name,
      {
        description: `${s.label} (Algoreg state ${s.code}${s.documented ? '' : ', assumed code'}).${
          s.name === 'UNKNOWN' ? ' Also any state code this gateway does not know: see `rawState`.' : ''
        }`,
      },
    ]),
  ) as Record<AlertStateName, { description: string }>,
});

export const AlertRevision = builder.objectRef<AlertRevisionData>('AlertRevision').implement({
  description: 'One revision of an alert: its state, score and the decision that produced it.',
  fields: (t) => ({
    id: t.exposeString('id', { nullable: true, description: "Algoreg's revision id." }),
    state: t.expose('state', {
      type: AlertState,
      description: 'Review state; UNKNOWN also for a code this gateway does not know (see `rawState`).',
    }),
    rawState: t.exposeInt('rawState', {
      nullable: true,
      description: 'The state code exactly as Algoreg sent it.',
    }),
    score: t.exposeInt('score', { nullable: true, description: 'Overall match score, 0–100.' }),
    topCategory: t.exposeString('topCategory', {
      nullable: true,
      description: 'Main category of the match, as Algoreg labels it (`PEP`, `SAN`, `SIP`, `RCA_SIP`, …).',
    }),
    agentId: t.exposeString('agentId', {
      nullable: true,
      description: 'Back-office member who wrote the revision (`0`: the screening engine).',
    }),
    comment: t.exposeString('comment', { nullable: true, description: "The reviewer's comment." }),
    revisionNumber: t.exposeInt('revisionNumber', {
      nullable: true,
      description: 'Revision number, 1 for the revision that raised the alert.',
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the revision was written.',
      resolve: (r) => toDateTime(r.createdAt),
    }),
    customerRevisionId: t.exposeString('customerRevisionId', {
      nullable: true,
      description: 'Revision of the customer record that was screened.',
    }),
    profileDate: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Date of the list profile that matched (Algoreg `profile_date`, read as a Unix time).',
      resolve: (r) => toDateTime(r.profileDate),
    }),
  }),
});
