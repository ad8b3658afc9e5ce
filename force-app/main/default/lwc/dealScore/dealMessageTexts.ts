// The custom labels the deal score's messages are worded by (c/dealScoring's messageLabels.ts).
// Typed by the helper's list of labels, so a label added there and not here fails to compile.
import type { DealMessageLabel } from 'c/dealScoring';
import { ACTION_TEXTS } from './dealActionTexts';
import { CHAMPION_TEXTS } from './championTexts';
import { COMPETITOR_TEXTS } from './competitorTexts';
import { FACTOR_TEXTS } from './dealFactorTexts';
import { RISK_TEXTS } from './dealRiskTexts';

export const DEAL_MESSAGE_TEXTS: Readonly<Record<DealMessageLabel, string>> = {
    ...ACTION_TEXTS,
    ...FACTOR_TEXTS,
    ...RISK_TEXTS,
    ...CHAMPION_TEXTS,
    ...COMPETITOR_TEXTS
};
