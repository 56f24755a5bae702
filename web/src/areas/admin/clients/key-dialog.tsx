import { useId, useState } from 'react';
import { Modal } from '../../../ui/modal.js';
import type { FreshKey } from './client-values.js';

/** Copies with the Clipboard API; on failure the key is selected so the user can copy it by hand. */
async function copyText(text: string, input: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.focus();
    input?.select();
    return false;
  }
}

export function KeyDialog({ fresh, onClose }: { fresh: FreshKey; onClose: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const inputId = useId();
  const onCopy = async () => {
    const input = document.getElementById(inputId) as HTMLTextAreaElement | null;
    setCopied((await copyText(fresh.apiKey, input)) ? 'yes' : 'no');
  };
  return (
    <Modal
      open
      title={fresh.rotated ? 'Your new API key' : 'Your API key'}
      onClose={onClose}
      className="modal--key"
    >
      <p>
        {fresh.rotated ? 'The key of ' : 'The key for '}
        <strong>{fresh.client.name}</strong> (client ID <code>{fresh.client.client_id}</code>):
      </p>
      <div className="key-box">
        <label htmlFor={inputId} className="visually-hidden">
          API key
        </label>
        <textarea
          id={inputId}
          className="key-box__input"
          data-testid="api-key"
          readOnly
          rows={2}
          value={fresh.apiKey}
          onFocus={(e) => e.target.select()}
          spellCheck={false}
        />
        <button type="button" className="button button--small" onClick={onCopy}>
          Copy
        </button>
      </div>
      <p role="status" className="key-box__status">
        {copied === 'yes' ? 'Copied to the clipboard.' : null}
        {copied === 'no'
          ? 'Could not copy automatically: the key is selected, copy it with Ctrl+C or ⌘C.'
          : null}
      </p>
      <div className="alert alert--warn">
        <strong>Copy it now: you will not see it again.</strong> Mercato keeps only a hash of the key. If it
        is lost, rotate the key to get a new one.
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          I have copied the key
        </button>
      </div>
    </Modal>
  );
}
