// The ready-made frameworks sales ops import in one click, as data: each group's key (letter), label,
// order, weight, question and help, and how the criteria of another framework map onto its groups.
// TAS is today's scoring exactly: its labels are the Category__c values and every weight is 1.

/** One group of a template, as it becomes a Framework_Group__c record. */
export interface TemplateGroup {
    readonly key: string;
    readonly label: string;
    readonly order: number;
    readonly weight: number;
    readonly question: string;
    readonly help: string;
}

export interface FrameworkTemplate {
    /** Stored in Sales_Framework__c.Template__c. */
    readonly key: string;
    readonly name: string;
    readonly description: string;
    readonly groups: readonly TemplateGroup[];
    /**
     * Where a question of another framework goes on import: by that framework's group label (or a
     * question's Category__c), the label of this template's group. Unmapped questions keep no group.
     */
    readonly mapsFrom: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const TAS_TO_MEDDICC = {
    'Is there an opportunity?': 'Identify Pain',
    'Can we compete?': 'Decision Criteria',
    'Can we win?': 'Champion',
    'Is it worth winning?': 'Metrics'
} as const;

export const TAS: FrameworkTemplate = {
    key: 'TAS',
    name: 'TAS',
    description:
        'Target Account Selling: four questions that tell a deal worth chasing from one we should not be in.',
    groups: [
        {
            key: 'OPPORTUNITY',
            label: 'Is there an opportunity?',
            order: 1,
            weight: 1,
            question: 'Does the customer have a funded need they will act on by a date?',
            help: 'A budget line, a programme charter or a named owner with a date, in the customer’s words.'
        },
        {
            key: 'COMPETE',
            label: 'Can we compete?',
            order: 2,
            weight: 1,
            question: 'Does our offer meet their must-haves, and are we in the running?',
            help: 'The evaluator’s own words: a scored requirements sheet, a shortlist notice.'
        },
        {
            key: 'CAN_WIN',
            label: 'Can we win?',
            order: 3,
            weight: 1,
            question: 'Do we know what it takes to be chosen, and is someone inside helping us?',
            help: 'A decision maker said what it would take; a coach tells us how the decision is really made.'
        },
        {
            key: 'WORTH',
            label: 'Is it worth winning?',
            order: 4,
            weight: 1,
            question: 'Are the scope, term and margin worth the effort?',
            help: 'The customer confirmed the scope and term; our margin targets hold.'
        }
    ],
    mapsFrom: {
        MEDDICC: {
            'Identify Pain': 'Is there an opportunity?',
            Metrics: 'Is it worth winning?',
            'Decision Criteria': 'Can we compete?',
            Competition: 'Can we compete?',
            Champion: 'Can we win?',
            'Economic Buyer': 'Can we win?',
            'Decision Process': 'Can we win?'
        }
    }
};

const MEDDICC_GROUPS: readonly TemplateGroup[] = [
    {
        key: 'M',
        label: 'Metrics',
        order: 1,
        weight: 2,
        question: 'What measurable gain will the customer get, in their own numbers?',
        help: 'The customer’s figures for the gain (cost saved, revenue, risk), not our estimate.'
    },
    {
        key: 'E',
        label: 'Economic Buyer',
        order: 2,
        weight: 2,
        question: 'Who signs off the money, and have we met them?',
        help: 'The person who can say yes when everyone else says no; met, not only named.'
    },
    {
        key: 'D',
        label: 'Decision Criteria',
        order: 3,
        weight: 1,
        question: 'How will they judge the options, in writing?',
        help: 'A written list of requirements and success criteria agreed with us.'
    },
    {
        key: 'D',
        label: 'Decision Process',
        order: 4,
        weight: 1,
        question: 'Who decides what, in which steps, by when?',
        help: 'The steps, people and dates of the decision, told to us by the customer.'
    },
    {
        key: 'I',
        label: 'Identify Pain',
        order: 5,
        weight: 2,
        question: 'What problem costs them enough to act, and who owns it?',
        help: 'The problem and its business impact in the customer’s own words, with an owner and a date.'
    },
    {
        key: 'C',
        label: 'Champion',
        order: 6,
        weight: 2,
        question: 'Who inside has power and sells for us when we are not there?',
        help: 'A champion is tested: access to the economic buyer, selling for us, gaining from our success.'
    },
    {
        key: 'C',
        label: 'Competition',
        order: 7,
        weight: 1,
        question: 'Who else could win, including doing nothing, and where do we stand?',
        help: 'How the customer compares us with each alternative, in their words.'
    }
];

export const MEDDICC: FrameworkTemplate = {
    key: 'MEDDICC',
    name: 'MEDDICC',
    description:
        'Metrics, Economic buyer, Decision criteria, Decision process, Identify pain, Champion, Competition.',
    groups: MEDDICC_GROUPS,
    mapsFrom: { TAS: TAS_TO_MEDDICC }
};

export const MEDDPICC: FrameworkTemplate = {
    key: 'MEDDPICC',
    name: 'MEDDPICC',
    description: 'MEDDICC with the Paper process: legal, procurement and signature steps.',
    groups: [
        ...MEDDICC_GROUPS.filter((group) => group.order <= 4),
        {
            key: 'P',
            label: 'Paper Process',
            order: 5,
            weight: 1,
            question: 'What legal, security and procurement steps stand before a signature?',
            help: 'The customer named the steps, who owns each and who signs.'
        },
        ...MEDDICC_GROUPS.filter((group) => group.order > 4).map((group) => ({
            ...group,
            order: group.order + 1
        }))
    ],
    mapsFrom: { TAS: TAS_TO_MEDDICC }
};

export const BANT: FrameworkTemplate = {
    key: 'BANT',
    name: 'BANT',
    description: 'Budget, Authority, Need, Timeline.',
    groups: [
        {
            key: 'B',
            label: 'Budget',
            order: 1,
            weight: 1,
            question: 'Is there money for this, or a process and date to get it?',
            help: 'A budget line or the approval process, confirmed by the customer.'
        },
        {
            key: 'A',
            label: 'Authority',
            order: 2,
            weight: 1,
            question: 'Are we talking with the people who decide?',
            help: 'The decision maker met us or told us what it would take.'
        },
        {
            key: 'N',
            label: 'Need',
            order: 3,
            weight: 1,
            question: 'Does the customer have a need our offer meets?',
            help: 'The need and the must-haves, in the customer’s words.'
        },
        {
            key: 'T',
            label: 'Timeline',
            order: 4,
            weight: 1,
            question: 'By when must it be solved, and why then?',
            help: 'A date the customer gave, with the reason it matters.'
        }
    ],
    mapsFrom: {
        TAS: {
            'Is there an opportunity?': 'Need',
            'Can we compete?': 'Need',
            'Can we win?': 'Authority',
            'Is it worth winning?': 'Budget'
        }
    }
};

export const MILLER_HEIMAN: FrameworkTemplate = {
    key: 'MILLER_HEIMAN',
    name: 'Miller Heiman',
    description:
        'Strategic Selling: the single sales objective, the buying influences and their win-results.',
    groups: [
        {
            key: 'SSO',
            label: 'Single Sales Objective',
            order: 1,
            weight: 1,
            question: 'What exactly will the customer buy, how much and by when?',
            help: 'One objective, specific and measurable, that the customer agrees with.'
        },
        {
            key: 'EB',
            label: 'Economic Buying Influence',
            order: 2,
            weight: 1,
            question: 'Who gives final approval, and what do they need to see?',
            help: 'Met and heard: what would make them release the money.'
        },
        {
            key: 'UB',
            label: 'User Buying Influences',
            order: 3,
            weight: 1,
            question: 'How will the people who use it judge it?',
            help: 'Their own account of how the work changes.'
        },
        {
            key: 'TB',
            label: 'Technical Buying Influences',
            order: 4,
            weight: 1,
            question: 'Who can say no on specifications, and do we pass?',
            help: 'The evaluators’ words after a demo or proof of concept.'
        },
        {
            key: 'CO',
            label: 'Coach',
            order: 5,
            weight: 1,
            question: 'Who guides us through the sale and wants us to win?',
            help: 'Someone credible to the buying influences who tells us how the decision is made.'
        },
        {
            key: 'WR',
            label: 'Win-Results',
            order: 6,
            weight: 1,
            question: 'What does each influence win personally, and is the deal worth it to us?',
            help: 'The business result and the personal win of each influence, and our margin.'
        }
    ],
    mapsFrom: {
        TAS: {
            'Is there an opportunity?': 'Single Sales Objective',
            'Can we compete?': 'Technical Buying Influences',
            'Can we win?': 'Coach',
            'Is it worth winning?': 'Win-Results'
        }
    }
};

/** Every template, in the order the setup page offers them. */
export const TEMPLATES: readonly FrameworkTemplate[] = [
    TAS,
    MEDDICC,
    MEDDPICC,
    BANT,
    MILLER_HEIMAN
];

/** The framework that applies while none is active: today's TAS scoring. */
export const DEFAULT_TEMPLATE: FrameworkTemplate = TAS;
