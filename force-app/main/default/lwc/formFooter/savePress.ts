// Save pressed where it is now: leaving the field being edited commits its value and shows or clears
// its message, which can move the button from under the pointer so that no click follows (the first
// Save "did nothing"). A release where the button was pressed still saves.

function contains(rect: DOMRect, point: MouseEvent): boolean {
    return (
        point.clientX >= rect.left &&
        point.clientX <= rect.right &&
        point.clientY >= rect.top &&
        point.clientY <= rect.bottom
    );
}

/** Calls save when the press is released where it began but the button has moved away. */
export function saveOnRelease(button: HTMLElement, save: () => void): void {
    const pressed = button.getBoundingClientRect();
    window.addEventListener(
        'mouseup',
        (release: MouseEvent) => {
            // Released over the button where it is now: its own click follows and saves.
            if (contains(pressed, release) && !contains(button.getBoundingClientRect(), release)) {
                save();
            }
        },
        { once: true }
    );
}
