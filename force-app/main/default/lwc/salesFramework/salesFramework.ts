// Sales frameworks as data (TAS, MEDDICC, MEDDPICC, BANT, Miller Heiman): the templates, the active
// framework's groups as scoring reads them, and where a template puts each qualification question.
export {
    BANT,
    DEFAULT_TEMPLATE,
    MEDDICC,
    MEDDPICC,
    MILLER_HEIMAN,
    TAS,
    TEMPLATES
} from './templates';
export type { FrameworkTemplate, TemplateGroup } from './templates';
export {
    chosenFrameworkId,
    frameworkGroupsOf,
    groupOfCriterion,
    groupTitle,
    groupWeight,
    templateGroups
} from './frameworkGroups';
export type { FrameworkGroup } from './frameworkGroups';
export { mapCriteriaToTemplate, templateOf } from './templateMapping';
export type { MappedFramework } from './templateMapping';
export {
    activeFrameworkOf,
    criteriaMoves,
    criteriaOnceActive,
    importedName,
    importRecords,
    switchSteps,
    tasFrameworkOf,
    withMoves
} from './frameworkSwitch';
export type { SwitchStep } from './frameworkSwitch';
export { switchOutcome } from './switchOutcome';
export type { SwitchOutcome, SwitchStop } from './switchOutcome';
export { GROUP_FIELD_SIZES, MAX_GROUP_WEIGHT, groupFieldsOf } from './groupEdit';
export type { GroupDraft, GroupField, GroupProblem, GroupProblemCode } from './groupEdit';
