// lightning/messageService for the preview: message channels within the page (the platform's also
// reach Aura components, Visualforce and pop-out utilities). A message is delivered to every
// subscriber of its channel, after the publisher's call returns, as the platform delivers it.
export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

/** A channel as @salesforce/messageChannel/<Name>__c imports it in the preview (platformModules). */
interface Channel {
    readonly channelName: string;
}

type Listener = (message: unknown) => void;

interface Subscription {
    readonly channel: string;
    readonly context: MessageContext;
    readonly listener: Listener;
}

export class MessageContext {
    released = false;
}

const subscriptions = new Set<Subscription>();

function nameOf(channel: unknown): string {
    const name = (channel as Channel | undefined)?.channelName;
    if (typeof name !== 'string') {
        throw new Error(
            'lightning/messageService: not a message channel (import it from @salesforce/messageChannel)'
        );
    }
    return name;
}

export function createMessageContext(): MessageContext {
    return new MessageContext();
}

export function releaseMessageContext(context: MessageContext): void {
    context.released = true;
    for (const subscription of [...subscriptions]) {
        if (subscription.context === context) {
            subscriptions.delete(subscription);
        }
    }
}

export function publish(context: MessageContext, channel: unknown, message?: unknown): void {
    const name = nameOf(channel);
    if (context.released) {
        return;
    }
    const copy: unknown = message === undefined ? undefined : JSON.parse(JSON.stringify(message));
    for (const subscription of [...subscriptions]) {
        if (subscription.channel === name) {
            queueMicrotask(() => {
                if (subscriptions.has(subscription)) {
                    subscription.listener(copy);
                }
            });
        }
    }
}

export function subscribe(
    context: MessageContext,
    channel: unknown,
    listener: Listener
): Subscription {
    const subscription = { channel: nameOf(channel), context, listener };
    subscriptions.add(subscription);
    return subscription;
}

export function unsubscribe(subscription: Subscription): void {
    subscriptions.delete(subscription);
}
