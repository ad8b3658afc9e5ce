// Hands a CSV text to the browser as a file download, through a blob: URL (Lightning Web Security
// blocks data: URIs in links: "Use Blob Objects for Download Links"). LWS allows only listed Blob
// MIME types, without parameters, and text/csv is not among them ("Specify a MIME Type for Blob
// Objects in Lightning Web Security"), so the file is text/plain named .csv. A byte order mark tells
// spreadsheets the text is UTF-8, so accented names survive.
const ALLOWED_TEXT_TYPE = 'text/plain';

export function downloadCsv(text: string, fileName: string): void {
    const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: ALLOWED_TEXT_TYPE }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
}
