// The settings form's arrangement: typed text in, numbers and problems out, and the groups of
// fields with their labels, values and messages. No platform calls here.
import { formatLabel } from 'c/atlasData';
import {
    SETTING_DEFINITIONS,
    WEIGHT_FIELDS,
    WEIGHTS_TOTAL,
    parseSettingInput,
    settingProblems
} from 'c/scoringSettings';
import type {
    SettingDraft,
    SettingField,
    SettingGroup,
    SettingProblem,
    SettingValues
} from 'c/scoringSettings';
import { problemText } from 'c/scoringSettingsText';
import { FIELD_LABELS, FORM_LABELS, GROUP_HEADINGS } from './formLabels';

/** What the user typed, field by field: kept as text so nothing typed is lost or reformatted. */
export type TypedSettings = Record<SettingField, string>;

export function typedOf(values: SettingValues): TypedSettings {
    const typed = {} as TypedSettings;
    for (const { field } of SETTING_DEFINITIONS) {
        typed[field] = String(values[field]);
    }
    return typed;
}

export function draftOf(typed: TypedSettings): SettingDraft {
    const draft: SettingDraft = {};
    for (const { field } of SETTING_DEFINITIONS) {
        draft[field] = parseSettingInput(typed[field]);
    }
    return draft;
}

/** The typed settings as values to save or score, or their problems. */
export function checkedDraft(
    typed: TypedSettings
): { values: SettingValues; problems: [] } | { values: null; problems: SettingProblem[] } {
    const draft = draftOf(typed);
    const problems = settingProblems(draft);
    return problems.length > 0
        ? { values: null, problems }
        : { values: draft as SettingValues, problems: [] };
}

export interface FieldView {
    field: SettingField;
    label: string;
    value: string;
    min: number;
    max: number;
    error: string | null;
}

export interface GroupView {
    key: SettingGroup;
    heading: string;
    fields: FieldView[];
    /** The weights' running total, so sales ops see it reach 100 as they type. */
    note: string | null;
    /** A problem of the group as a whole (the weights' total). */
    error: string | null;
}

const GROUPS: readonly SettingGroup[] = ['weights', 'bands', 'limits', 'history', 'unknown'];

export function groupViews(typed: TypedSettings, problems: readonly SettingProblem[]): GroupView[] {
    const errorOf = (field: SettingField | null, group: SettingGroup): string | null => {
        const problem = problems.find((p) => p.field === field && p.group === group);
        return problem ? problemText(problem) : null;
    };
    return GROUPS.map((group) => {
        let note: string | null = null;
        if (group === 'weights') {
            const total = WEIGHT_FIELDS.reduce(
                (sum, field) => sum + (parseSettingInput(typed[field]) ?? 0),
                0
            );
            note = formatLabel(FORM_LABELS.weightsTotal, total, WEIGHTS_TOTAL);
        }
        return {
            key: group,
            heading: GROUP_HEADINGS[group],
            note,
            error: errorOf(null, group),
            fields: SETTING_DEFINITIONS.filter((definition) => definition.group === group).map(
                ({ field, min, max }) => ({
                    field,
                    label: FIELD_LABELS[field],
                    value: typed[field],
                    min,
                    max,
                    error: errorOf(field, group)
                })
            )
        };
    });
}

export function isChanged(typed: TypedSettings, saved: TypedSettings): boolean {
    return SETTING_DEFINITIONS.some(({ field }) => typed[field].trim() !== saved[field]);
}
