/** One checkbox per kind of note (unverified, party claims, figures, analysts), in a fieldset. */
import { LABELS, type Label } from '../../engine/types';
import { LabelMark } from '../../ui/label-mark';
import { labelText, t } from '../lib/i18n';

/** The current label filters and the change handler. */
export interface LabelTogglesProps {
  labels: Record<Label, boolean>;
  onChange(label: Label, on: boolean): void;
}

/** Renders the label filters; each change applies to open pages at once. */
export function LabelToggles({ labels, onChange }: LabelTogglesProps) {
  return (
    <fieldset class="group">
      <legend>{t('labelsLegend')}</legend>
      {LABELS.map((label) => (
        <div class="check-row" key={label}>
          <input
            type="checkbox"
            id={`label-${label}`}
            checked={labels[label]}
            onChange={(e) => onChange(label, (e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`label-${label}`}>
            <LabelMark label={label} />
            {labelText(label)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
