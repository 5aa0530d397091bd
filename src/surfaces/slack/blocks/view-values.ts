type ViewState = { values: Record<string, Record<string, ViewStateValueLike>> };
type ViewStateValueLike = {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_date?: string | null;
  files?: { id: string; name?: string }[];
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Reads a submitted modal back to field → text; block_id and action_id are both the field name. The state
 * is read defensively (a view_submission is client input, whatever the modal we drew): a value of an
 * unexpected shape is left out, and which fields count is the form's business (readFormValues).
 */
export function readViewValues(state: ViewState): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const blocks: unknown = isObject(state) ? state.values : undefined;
  if (!isObject(blocks)) return out;
  for (const [blockId, actions] of Object.entries(blocks)) {
    if (!isObject(actions)) continue;
    const input: unknown = actions[blockId] ?? Object.values(actions)[0];
    if (!isObject(input)) continue;
    let value: string | undefined;
    if (isObject(input.selected_option)) value = str(input.selected_option.value);
    else if (typeof input.selected_date === 'string') value = input.selected_date;
    else if (Array.isArray(input.files))
      value =
        input.files
          .filter(isObject)
          .map((f) => str(f.name) ?? str(f.id) ?? '')
          .filter(Boolean)
          .join(', ') || undefined;
    else if (typeof input.value === 'string') value = input.value.trim() || undefined;
    out[blockId] = value;
  }
  return out;
}
