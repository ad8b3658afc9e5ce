// What deleting a plan item takes with it: an objective its strategies and their actions, a
// strategy its actions (master-detail: the org deletes them too), said in the confirmation first,
// and the delete itself once the user agreed.
import LightningConfirm from 'lightning/confirm';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { formatLabel, removeRecord } from 'c/atlasData';
import type { AccountPlanData, PlanLevel } from 'c/atlasData';

export interface PlanDeletion {
    recordId: string;
    name: string;
    /** The confirmation, naming the item and everything that goes with it. */
    message: string;
    /** Where the keyboard goes once it is gone: the item above it in the tree, if any. */
    focusId: string | null;
}

export interface DeletionLabels {
    deleteConfirm: string;
    deleteConfirmWithChildren: string;
}

export function planDeletion(
    data: AccountPlanData,
    level: PlanLevel,
    id: string,
    labels: DeletionLabels
): PlanDeletion | null {
    const say = (name: string, children: string[], focusId: string | null): PlanDeletion => ({
        recordId: id,
        name,
        message:
            children.length > 0
                ? formatLabel(labels.deleteConfirmWithChildren, name, children.join('; '))
                : formatLabel(labels.deleteConfirm, name),
        focusId
    });
    for (const objective of data.objectives) {
        if (level === 'objective' && objective.Id === id) {
            return say(
                objective.Name,
                objective.strategies.flatMap((strategy) => [
                    strategy.Name,
                    ...strategy.actions.map((action) => action.Name)
                ]),
                null
            );
        }
        for (const strategy of objective.strategies) {
            if (level === 'strategy' && strategy.Id === id) {
                return say(
                    strategy.Name,
                    strategy.actions.map((action) => action.Name),
                    objective.Id
                );
            }
            const action = strategy.actions.find((candidate) => candidate.Id === id);
            if (level === 'action' && action) {
                return say(action.Name, [], strategy.Id);
            }
        }
    }
    return null;
}

/**
 * Asks first (the message says what goes), then deletes and says so in a toast from the host.
 * False when the user kept it; a failed delete rejects with the org's error.
 */
export async function confirmAndDelete(
    deletion: PlanDeletion,
    host: EventTarget,
    deletedLabel: string
): Promise<boolean> {
    const confirmed = await LightningConfirm.open({
        message: deletion.message,
        variant: 'headerless',
        theme: 'warning'
    });
    if (!confirmed) {
        return false;
    }
    await removeRecord(deletion.recordId);
    host.dispatchEvent(
        new ShowToastEvent({ title: formatLabel(deletedLabel, deletion.name), variant: 'success' })
    );
    return true;
}
