// The preview header's "View as" picker: the local org's users (from the page configuration the
// preview server writes); choosing one reloads the page as that user through /preview/as/<key>.
import { LightningElement } from 'lwc';

interface PersonaConfig {
    key: string;
    name: string;
    title: string;
}

interface PageConfig {
    persona?: string;
    personas?: PersonaConfig[];
}

interface PersonaOption {
    key: string;
    label: string;
    selected: boolean;
}

function pageConfig(): PageConfig {
    const config = (globalThis as { __ATLAS_PREVIEW__?: PageConfig }).__ATLAS_PREVIEW__;
    return config ?? {};
}

export default class PersonaPicker extends LightningElement {
    get options(): PersonaOption[] {
        const config = pageConfig();
        return (config.personas ?? []).map((persona) => ({
            key: persona.key,
            label: `${persona.name} (${persona.title})`,
            selected: persona.key === config.persona
        }));
    }

    get hasPersonas(): boolean {
        return this.options.length > 0;
    }

    handleChange(event: Event): void {
        const key = (event.target as HTMLSelectElement).value;
        const back = `${window.location.pathname}${window.location.search}`;
        window.location.assign(
            `/preview/as/${encodeURIComponent(key)}?next=${encodeURIComponent(back)}`
        );
    }
}
