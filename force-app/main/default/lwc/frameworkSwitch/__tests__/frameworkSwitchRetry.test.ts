/** @jest-environment node */
// A switch that stops part way, against an org kept in memory: the message says exactly what was
// and was not saved (in the custom labels' own English), and pressing Activate again — a fresh plan
// from the saved records — ends in the same records as a switch that never failed.
import { join } from 'node:path';
import { updateRecord } from 'lightning/uiRecordApi';
import { runSwitch } from 'c/atlasData';
import { BANT, MEDDICC, TAS, importRecords, switchOutcome, switchSteps } from 'c/salesFramework';
import type { FrameworkTemplate, SwitchStep } from 'c/salesFramework';
import type {
    FrameworkGroupRecord,
    SalesFrameworkRecord,
    StageCriterionRecord
} from 'c/atlasModel';
import { readLabels } from '../../../../../../local/preview/labels';
import { switchFailureText, switchStopOf } from '../switchFailure';

const LABELS = readLabels(join(__dirname, '..', '..', '..', '..', '..', '..'));
const label = (name: string): string => LABELS.get(name) ?? name;
const WORDS = {
    move: label('Atlas_SF_Switch_Failed_Move'),
    moveOne: label('Atlas_SF_Switch_Failed_Move_One'),
    moveNone: label('Atlas_SF_Switch_Failed_Move_None'),
    deactivate: label('Atlas_SF_Switch_Failed_Deactivate'),
    activate: label('Atlas_SF_Switch_Failed_Activate'),
    activateFirst: label('Atlas_SF_Switch_Failed_Activate_First'),
    unknown: label('Atlas_SF_Switch_Failed_Unknown'),
    builtIn: label('Atlas_SF_Built_In')
};

const groupsOf = (frameworkId: string, template: FrameworkTemplate): FrameworkGroupRecord[] =>
    importRecords(template, []).groups.map((fields, index) => ({
        ...(fields as unknown as FrameworkGroupRecord),
        Id: `${frameworkId}-g${index}`,
        Sales_Framework__c: frameworkId
    }));
const GROUPS = [...groupsOf('a01', TAS), ...groupsOf('a02', MEDDICC), ...groupsOf('a03', BANT)];

type Row = Record<string, unknown> & { Id: string };

/** The org: frameworks and criteria by Id; a write applies its fields unless it is refused. */
class MemoryOrg {
    readonly rows = new Map<string, Row>();
    /** Writes refused once: "Id" or "Id:field". */
    readonly refuse = new Set<string>();

    constructor(frameworks: SalesFrameworkRecord[], criteria: StageCriterionRecord[]) {
        [...frameworks, ...criteria].forEach((row) => this.rows.set(row.Id, { ...row }));
    }

    write(fields: Row): Promise<{ id: string }> {
        const key = this.refuse.has(fields.Id) ? fields.Id : null;
        if (key) {
            this.refuse.delete(key);
            return Promise.reject(new Error(`UNABLE_TO_LOCK_ROW: ${fields.Id}`));
        }
        this.rows.set(fields.Id, { ...this.rows.get(fields.Id)!, ...fields });
        return Promise.resolve({ id: fields.Id });
    }

    frameworks(): SalesFrameworkRecord[] {
        return [...this.rows.values()].filter((row) => row.Id.startsWith('a0')) as never;
    }

    criteria(): StageCriterionRecord[] {
        return [...this.rows.values()].filter((row) => !row.Id.startsWith('a0')) as never;
    }

    plan(frameworkId: string): SwitchStep[] {
        return switchSteps(this.criteria(), this.frameworks(), GROUPS, frameworkId);
    }

    snapshot(): Row[] {
        return [...this.rows.values()].sort((a, b) => a.Id.localeCompare(b.Id));
    }
}

const CRITERIA: StageCriterionRecord[] = [
    {
        Id: 'q1',
        Question__c: 'Need?',
        Category__c: 'Is there an opportunity?',
        Framework_Group__c: 'a01-g0'
    },
    {
        Id: 'q2',
        Question__c: 'Shortlist?',
        Category__c: 'Can we compete?',
        Framework_Group__c: 'a01-g1'
    },
    { Id: 'q3', Question__c: 'Coach?', Category__c: 'Can we win?', Framework_Group__c: 'a01-g2' },
    { Id: 's1', Question__c: 'Staged', Stage__c: 'Prospecting', Category__c: 'Can we win?' }
];

function orgWith(active: readonly string[]): MemoryOrg {
    const frameworks: SalesFrameworkRecord[] = [
        { Id: 'a01', Name: 'TAS', Active__c: active.includes('a01'), Template__c: 'TAS' },
        { Id: 'a02', Name: 'MEDDICC', Active__c: active.includes('a02'), Template__c: 'MEDDICC' },
        { Id: 'a03', Name: 'BANT', Active__c: active.includes('a03'), Template__c: 'BANT' }
    ];
    const org = new MemoryOrg(frameworks, CRITERIA);
    jest.mocked(updateRecord).mockImplementation(
        (input) => org.write(input.fields as Row) as never
    );
    return org;
}

/** Presses Activate once: the plan from the saved records, run; the message if it stops. */
async function activate(org: MemoryOrg, frameworkId: string): Promise<string | null> {
    const steps = org.plan(frameworkId);
    const frameworks = org.frameworks();
    try {
        await runSwitch(steps);
        return null;
    } catch (error) {
        return failureText(steps, error, frameworks, frameworkId);
    }
}

/** What the setup says when the switch to `frameworkId` planned as `steps` rejected with `error`. */
function failureText(
    steps: SwitchStep[],
    error: unknown,
    frameworks: SalesFrameworkRecord[],
    frameworkId: string
): string {
    const outcome = switchOutcome(steps, switchStopOf(error), frameworks, GROUPS);
    const name = frameworks.find((f) => f.Id === frameworkId)!.Name;
    return switchFailureText(outcome, name, WORDS, 'en-US');
}

async function cleanSwitch(active: readonly string[], to: string): Promise<unknown[]> {
    const org = orgWith(active);
    expect(await activate(org, to)).toBeNull();
    return org.snapshot();
}

describe('a framework switch that stops part way', () => {
    afterEach(() => jest.resetAllMocks());

    it('says how many questions moved when one of the parallel moves is refused, and a second Activate finishes it', async () => {
        const clean = await cleanSwitch(['a01'], 'a02');
        const org = orgWith(['a01']);
        org.refuse.add('q2');
        expect(await activate(org, 'a02')).toBe(
            'Switching to MEDDICC stopped part way: 2 of 3 questions were moved to its groups; 1 could not be moved. No framework was switched on or off, so deals still score with TAS, a moved question by its category. Activate MEDDICC again to move the rest and finish the switch.'
        );
        expect(org.rows.get('a01')?.Active__c).toBe(true);
        expect(org.rows.get('q1')?.Framework_Group__c).toBe('a02-g4');
        expect(org.rows.get('q2')?.Framework_Group__c).toBe('a01-g1');
        expect(await activate(org, 'a02')).toBeNull();
        expect(org.snapshot()).toEqual(clean);
        expect(org.plan('a02')).toEqual([]);
    });

    it('names the framework that could not be switched off, not the one that scored before', async () => {
        // A data load left TAS and BANT active; TAS goes off, BANT refuses.
        const clean = await cleanSwitch(['a01', 'a03'], 'a02');
        const org = orgWith(['a01', 'a03']);
        org.refuse.add('a03');
        expect(await activate(org, 'a02')).toBe(
            'Switching to MEDDICC stopped part way: every question was moved to its groups, but BANT could not be switched off, so it is still active and MEDDICC was not switched on. Deals score with BANT. Activate MEDDICC again to finish the switch.'
        );
        expect(await activate(org, 'a02')).toBeNull();
        expect(org.snapshot()).toEqual(clean);
    });

    it('says no framework is active when the last write is refused, and a second Activate finishes it', async () => {
        const clean = await cleanSwitch(['a01'], 'a02');
        const org = orgWith(['a01']);
        org.refuse.add('a02');
        expect(await activate(org, 'a02')).toBe(
            'MEDDICC could not be activated after the old framework was switched off: no framework is active, so deals score with the built-in TAS questions. Activate MEDDICC again to finish.'
        );
        expect(org.frameworks().filter((f) => f.Active__c === true)).toEqual([]);
        expect(await activate(org, 'a02')).toBeNull();
        expect(org.snapshot()).toEqual(clean);
    });

    it('says "was moved" when one question of several moved, and that nothing was saved when none did', async () => {
        const one = orgWith(['a01']);
        one.refuse.add('q2');
        one.refuse.add('q3');
        expect(await activate(one, 'a02')).toBe(
            'Switching to MEDDICC stopped part way: 1 of 3 questions was moved to its groups; 2 could not be moved. No framework was switched on or off, so deals still score with TAS, a moved question by its category. Activate MEDDICC again to move the rest and finish the switch.'
        );
        const none = orgWith(['a01']);
        ['q1', 'q2', 'q3'].forEach((id) => none.refuse.add(id));
        expect(await activate(none, 'a02')).toBe(
            'Switching to MEDDICC stopped before anything was saved: no question could be moved to its groups, and no framework was switched on or off, so deals still score with TAS. Activate MEDDICC again to make the switch.'
        );
        expect(none.snapshot()).toEqual(orgWith(['a01']).snapshot());
    });

    it('does not speak of an old framework when none was active before the refused activation', async () => {
        const clean = await cleanSwitch([], 'a02');
        const org = orgWith([]);
        org.refuse.add('a02');
        expect(await activate(org, 'a02')).toBe(
            'MEDDICC could not be activated. No framework was active before, so none is active now and deals still score with the built-in TAS questions. Activate MEDDICC again to finish.'
        );
        expect(await activate(org, 'a02')).toBeNull();
        expect(org.snapshot()).toEqual(clean);
    });

    it('does not guess a step for an error that does not say where the switch stopped', async () => {
        const org = orgWith(['a01']);
        const steps = org.plan('a02');
        // A plan of three steps: read as its last (the activation), it would claim the first two landed.
        expect(steps.map((step) => step.kind)).toEqual(['move', 'deactivate', 'activate']);
        expect(failureText(steps, new TypeError('network down'), org.frameworks(), 'a02')).toBe(
            'Switching to MEDDICC stopped, and the error does not say at which step, so what was saved is shown once the page reloads. Activate MEDDICC again to finish the switch.'
        );
        expect(switchOutcome(steps, {}, org.frameworks(), GROUPS).step).toBe('unknown');
    });

    it('goes back to TAS after a half-done switch to MEDDICC, as a clean round trip does', async () => {
        const roundTrip = orgWith(['a01']);
        expect(await activate(roundTrip, 'a02')).toBeNull();
        expect(await activate(roundTrip, 'a01')).toBeNull();
        const org = orgWith(['a01']);
        org.refuse.add('q3');
        expect(await activate(org, 'a02')).not.toBeNull();
        expect(await activate(org, 'a01')).toBeNull();
        expect(org.snapshot()).toEqual(roundTrip.snapshot());
    });
});
