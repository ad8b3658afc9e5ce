// The English wording of the helpers' messages for the CLI, the docs and the tests, read from the
// custom label files themselves: each English sentence lives only in force-app's labels.
// (This file sits two folders below the project, as the bundled CLI does: __dirname/../.. is the
// project either way.)
import { join } from 'node:path';
import {
    plainStyle,
    renderMessage
} from '../../force-app/main/default/lwc/atlasMessages/atlasMessages';
import type {
    Message,
    MessageStyle
} from '../../force-app/main/default/lwc/atlasMessages/atlasMessages';
import { showDealScore } from '../../force-app/main/default/lwc/dealScoring/dealScoring';
import type {
    DealScore,
    ShownDealScore
} from '../../force-app/main/default/lwc/dealScoring/dealScoring';
import { showPipelineHealth } from '../../force-app/main/default/lwc/pipelineHealth/pipelineHealth';
import type {
    PipelineHealth,
    ShownPipelineHealth
} from '../../force-app/main/default/lwc/pipelineHealth/pipelineHealth';
import { readLabels } from '../../local/preview/labels';

const PROJECT_DIR = join(__dirname, '..', '..');

let english: MessageStyle | undefined;

/** The plain English style: the labels' English texts, ISO dates, 1,250,000 and 74%. */
export function englishStyle(): MessageStyle {
    english ??= plainStyle(readLabels(PROJECT_DIR));
    return english;
}

/** The message in English, exactly as the CLI and docs print it. */
export function inEnglish(message: Message): string {
    return renderMessage(message, englishStyle());
}

/** A deal score with every message in English: what `atlas score`, the docs and the goldens read. */
export function dealScoreInEnglish(result: DealScore): ShownDealScore {
    return showDealScore(result, englishStyle());
}

/** A pipeline assessment with every message in English: what `atlas pipeline` and the docs read. */
export function pipelineHealthInEnglish(health: PipelineHealth): ShownPipelineHealth {
    return showPipelineHealth(health, englishStyle());
}
