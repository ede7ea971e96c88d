/** A labelled file input for one JSON file; hands over the text and the file name, then clears itself. */

export interface FilePickerProps {
  id: string;
  label: string;
  onFile(text: string, fileName: string): void;
}

/** Renders a native file input (keyboard and screen-reader accessible as is). */
export function FilePicker({ id, label, onFile }: FilePickerProps) {
  return (
    <div class="file-picker">
      <label for={id}>{label}</label>
      <input
        type="file"
        id={id}
        accept=".json,application/json"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (!file) return;
          void file.text().then((text) => {
            // Cleared so picking the same file again (after fixing it) fires a change.
            input.value = '';
            onFile(text, file.name);
          });
        }}
      />
    </div>
  );
}
