// The scoring factors, listed once: the score, the settings, the next best actions and the order the
// panel shows them in all come from this list. A new factor is one module (see factor.ts), its
// messages, its line here and its tests.
import { EVIDENCE } from './evidenceFactor';
import { QUALIFICATION } from './qualificationFactor';
import { RELATIONSHIPS } from './relationshipFactor';
import { HYGIENE } from './hygieneFactor';

/** In the order the result lists them; risks and next actions found in the same order break ties. */
export const FACTORS = Object.freeze([EVIDENCE, QUALIFICATION, RELATIONSHIPS, HYGIENE] as const);

type Registered = (typeof FACTORS)[number];
export type FactorKey = Registered['key'];
/** The Scoring_Settings__c fields that hold the factors' weights and unknown credits. */
export type FactorWeightField = Registered['weight']['field'];
export type FactorCreditField = NonNullable<Registered['unknownCredit']>['field'];
