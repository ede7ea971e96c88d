/** An on/off switch: a native checkbox with role="switch", so keyboards and screen readers know it. */

export interface SwitchProps {
  id: string;
  label: string;
  /** A second line, read as the switch's description. */
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** Renders a labelled switch; Space toggles it, its state is read as "on"/"off". */
export function Switch({ id, label, hint, checked, disabled = false, onChange }: SwitchProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="switch-row">
      <input
        type="checkbox"
        role="switch"
        id={id}
        class="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>
        <span class="switch-label">{label}</span>
        {hint ? (
          <span class="hint" id={hintId}>
            {hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}
