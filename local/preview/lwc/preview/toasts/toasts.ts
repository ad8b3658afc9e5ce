// The toast area of the preview page: what the platform shows for a ShowToastEvent (title, message
// with its {0} placeholders filled from messageData, variant); dismissible toasts close by
// themselves after a few seconds, sticky ones stay until closed.
import { LightningElement, api } from 'lwc';
import type { ToastConfig } from '../../../platform/platformShowToastEvent';

const VISIBLE_MS = 6000;

interface ToastView {
    key: number;
    title: string;
    message: string;
    variant: string;
    themeClass: string;
    iconName: string;
    role: string;
}

function fill(message: string, data: unknown[] | undefined): string {
    if (data === undefined) {
        return message;
    }
    return message.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const entry = data[Number(index)];
        if (typeof entry === 'string' || typeof entry === 'number') {
            return String(entry);
        }
        const label = (entry as { label?: unknown } | undefined)?.label;
        return typeof label === 'string' ? label : whole;
    });
}

export default class Toasts extends LightningElement {
    toasts: ToastView[] = [];
    private nextKey = 0;

    get hasToasts(): boolean {
        return this.toasts.length > 0;
    }

    @api
    show(config: ToastConfig): void {
        const variant = config.variant ?? 'info';
        this.nextKey += 1;
        const key = this.nextKey;
        this.toasts = [
            ...this.toasts,
            {
                key,
                title: fill(config.title ?? '', config.messageData),
                message: fill(config.message ?? '', config.messageData),
                variant,
                themeClass: `slds-notify slds-notify_toast slds-theme_${variant}`,
                iconName: `utility:${variant === 'info' ? 'info' : variant}`,
                role: variant === 'error' || variant === 'warning' ? 'alert' : 'status'
            }
        ];
        if (config.mode !== 'sticky') {
            setTimeout(() => this.close(key), VISIBLE_MS);
        }
    }

    handleClose(event: Event): void {
        this.close(Number((event.currentTarget as HTMLElement).dataset.key));
    }

    private close(key: number): void {
        this.toasts = this.toasts.filter((toast) => toast.key !== key);
    }
}
