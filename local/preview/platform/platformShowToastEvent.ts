// lightning/platformShowToastEvent for the preview: the same event the platform's container listens
// for (lightning__showtoast, bubbling and composed); the preview page shows it in its toast area.
export const SHOW_TOAST_EVENT_NAME = 'lightning__showtoast';

export interface ToastConfig {
    title: string;
    message?: string;
    messageData?: unknown[];
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

export class ShowToastEvent extends CustomEvent<ToastConfig> {
    constructor(config: ToastConfig) {
        super(SHOW_TOAST_EVENT_NAME, {
            bubbles: true,
            composed: true,
            cancelable: true,
            detail: config
        });
    }
}
