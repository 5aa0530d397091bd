// The fields of the forms a surface may show instead of asking question by question (Slack modal, Teams
// card, the console's prompts). Names are the keys of IncomingForm.values.

export interface FormField {
  name: string;
  label: string;
  optional?: boolean;
  /** Shown under the field: what is expected. */
  hint?: string;
  options?: { value: string; label: string }[];
}

export const SUBMIT_CASE_FIELDS: FormField[] = [
  { name: 'clientName', label: "Your client's company name" },
  { name: 'clientCountry', label: "Your client's country", hint: 'two letters, e.g. DE' },
  { name: 'debtorName', label: 'Debtor name' },
  {
    name: 'debtorType',
    label: 'Debtor type',
    options: [
      { value: 'company', label: 'Company' },
      { value: 'person', label: 'Person' },
    ],
  },
  { name: 'debtorCountry', label: "Debtor's country", hint: 'two letters, e.g. DK' },
  { name: 'debtorRegion', label: "Debtor's region", optional: true },
  {
    name: 'claimType',
    label: 'Claim type',
    optional: true,
    options: [
      { value: 'unpaid_invoice', label: 'Unpaid invoice' },
      { value: 'loan_repayment', label: 'Loan repayment' },
    ],
  },
  { name: 'principal', label: 'Amount owed', hint: 'e.g. 12500' },
  { name: 'currency', label: 'Currency', hint: 'e.g. EUR' },
  { name: 'debtDate', label: 'Date the debt fell due', hint: 'YYYY-MM-DD' },
  {
    name: 'disputed',
    label: 'Does the debtor dispute the claim?',
    options: [
      { value: 'no', label: 'No' },
      { value: 'yes', label: 'Yes' },
    ],
  },
  {
    name: 'documentName',
    label: 'Document (file name)',
    optional: true,
    hint: 'needed over 10,000 USD; from 2,000 USD a file or a description',
  },
  { name: 'description', label: 'Description of the claim', optional: true },
];
