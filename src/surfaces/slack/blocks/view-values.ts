type ViewState = { values: Record<string, Record<string, ViewStateValueLike>> };
type ViewStateValueLike = {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_date?: string | null;
  files?: { id: string; name?: string }[];
};

/** Reads a submitted modal back to field → text; block_id and action_id are both the field name. */
export function readViewValues(state: ViewState): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [blockId, actions] of Object.entries(state.values)) {
    const input = actions[blockId] ?? Object.values(actions)[0];
    if (!input) continue;
    let value: string | undefined;
    if (input.selected_option) value = input.selected_option.value;
    else if (input.selected_date) value = input.selected_date;
    else if (input.files) value = input.files.map((f) => f.name ?? f.id).join(', ') || undefined;
    else if (typeof input.value === 'string') value = input.value.trim() || undefined;
    out[blockId] = value;
  }
  return out;
}
