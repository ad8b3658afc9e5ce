// Fills the {0}, {1}… placeholders of a custom label, the way the platform's own labels do.

/** formatLabel('{0} members', 3) → '3 members'. A placeholder without a value stays as it is. */
export function formatLabel(
    label: string,
    ...values: (string | number | null | undefined)[]
): string {
    return label.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const value = values[Number(index)];
        return value === undefined || value === null ? placeholder : String(value);
    });
}

/** Today in the user's time zone, as the platform writes dates ('YYYY-MM-DD'). */
export function todayIso(now: Date = new Date()): string {
    const month = String(now.getMonth() + 1).padStart(2, '0');
    const day = String(now.getDate()).padStart(2, '0');
    return `${now.getFullYear()}-${month}-${day}`;
}
