/**
 * The product editor's pictures: several files at once (dropped on the zone or
 * chosen), each decoded by the server (which refuses what is not an image);
 * then the gallery in its order: move a picture earlier or later (buttons, or
 * drag it), choose the main picture, write each one's alt text, delete.
 */
import type { Schemas } from '@mercato/sdk';
import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import { api } from '../../lib/api.js';
import { type Outcome, settle } from '../../lib/problem.js';
import { useAction } from '../../lib/query.js';
import { CATALOG_KEYS } from '../../lib/query-keys.js';
import { FormAlert, SelectField } from '../../ui/forms.js';
import { ProductThumb } from '../shop/product-thumb.js';

type Product = Schemas['ProductDetail'];
type Image = Schemas['ProductImage'];

const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];

export function ImagesPanel({ product, reload }: { product: Product; reload: () => void }) {
  const action = useAction({ invalidates: CATALOG_KEYS });
  const [variant, setVariant] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const images = product.images;

  const uploadOne = (file: File) =>
    settle(
      api.POST('/api/vendor/products/{id}/images/', {
        params: { path: { id: product.id } },
        // The document types a binary part as a string; the serializer sends the File itself.
        body: { file: file as unknown as string, alt_text: product.name, ...(variant ? { variant } : {}) },
        bodySerializer: (fields) => {
          const form = new FormData();
          form.append('file', file);
          if (fields.variant) form.append('variant', fields.variant);
          if (fields.alt_text) form.append('alt_text', fields.alt_text);
          return form;
        },
      }),
    );

  /** Uploads the files one after the other; each refused one is named with the server's reason. */
  const uploadAll = async (files: File[]) => {
    if (!files.length || busy) return;
    setBusy(true);
    setProblems([]);
    const refused: string[] = [];
    let added = 0;
    for (const file of files) {
      setStatus(`Uploading ${file.name}…`);
      const outcome = await action.run(() => uploadOne(file));
      if (outcome?.ok) added += 1;
      else if (outcome) {
        const detail = [outcome.problem.detail, ...Object.values(outcome.problem.errors).flat()].join(' ');
        refused.push(`${file.name}: ${detail}`);
      }
    }
    setBusy(false);
    setProblems(refused);
    setStatus(`${added} picture${added === 1 ? '' : 's'} added.`);
    if (input.current) input.current.value = '';
    reload();
  };

  const change = async (task: () => Promise<Outcome<unknown>>, done: string) => {
    setProblems([]);
    const outcome = await action.run(task);
    if (outcome?.ok) setStatus(done);
    else if (outcome) setProblems([outcome.problem.detail]);
    reload();
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= images.length || from === to) return;
    const order = images.map((i) => i.id);
    const [moved] = order.splice(from, 1);
    if (!moved) return;
    order.splice(to, 0, moved);
    void change(
      () =>
        settle(
          api.PUT('/api/vendor/products/{id}/images/order/', {
            params: { path: { id: product.id } },
            body: { images: order },
          }),
        ),
      `Picture ${from + 1} moved to place ${to + 1}.`,
    );
  };

  const patch = (image: Image, body: { alt_text?: string; is_main?: true }, done: string) =>
    change(
      () =>
        settle(
          api.PATCH('/api/vendor/products/{id}/images/{image_id}/', {
            params: { path: { id: product.id, image_id: image.id } },
            body,
          }),
        ),
      done,
    );

  const remove = (image: Image, index: number) =>
    change(
      () =>
        settle(
          api.DELETE('/api/vendor/products/{id}/images/{image_id}/', {
            params: { path: { id: product.id, image_id: image.id } },
          }),
        ),
      `Picture ${index + 1} deleted.`,
    );

  const onDropFiles = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (dragging) return;
    void uploadAll([...event.dataTransfer.files].filter((f) => ACCEPTED.includes(f.type) || !f.type));
  };

  return (
    <section className="panel stack" aria-labelledby="images-title">
      <h2 id="images-title">Pictures</h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {images.length ? (
        <ol className="gallery" aria-label="Pictures, in the order the shop shows them">
          {images.map((image, index) => (
            <li
              key={image.id}
              className={`gallery__item${image.is_main ? ' gallery__item--main' : ''}`}
              data-testid="product-image"
              draggable
              onDragStart={(event) => {
                setDragging(image.id);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragEnd={() => setDragging(null)}
              onDragOver={(event) => {
                if (dragging) event.preventDefault();
              }}
              onDrop={(event) => {
                event.preventDefault();
                event.stopPropagation();
                const from = images.findIndex((i) => i.id === dragging);
                setDragging(null);
                if (from >= 0) move(from, index);
              }}
            >
              <ProductThumb image={image.thumbnail_url} alt={image.alt_text} />
              <p className="gallery__place">
                {image.is_main ? <span className="badge badge--ok">Main picture</span> : null}
                <span className="muted">
                  {index + 1} of {images.length}
                  {image.width && image.height ? ` · ${image.width}×${image.height}` : ''}
                </span>
              </p>
              <AltText
                image={image}
                index={index}
                disabled={action.busy}
                onSave={(alt) => patch(image, { alt_text: alt }, `Alt text of picture ${index + 1} saved.`)}
              />
              <div className="gallery__actions">
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => move(index, index - 1)}
                  disabled={action.busy || index === 0}
                  aria-label={`Move picture ${index + 1} earlier`}
                >
                  ↑ Earlier
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => move(index, index + 1)}
                  disabled={action.busy || index === images.length - 1}
                  aria-label={`Move picture ${index + 1} later`}
                >
                  ↓ Later
                </button>
                {image.is_main ? null : (
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() =>
                      void patch(image, { is_main: true }, `Picture ${index + 1} is the main picture.`)
                    }
                    disabled={action.busy}
                    aria-label={`Make picture ${index + 1} the main picture`}
                  >
                    Make main
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small button--quiet button--danger-text"
                  onClick={() => void remove(image, index)}
                  disabled={action.busy}
                  aria-label={`Delete picture ${index + 1}`}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No pictures yet.</p>
      )}
      <FormAlert message={problems.length ? problems.join(' ') : undefined} />
      <form className="form" onSubmit={(event: FormEvent) => event.preventDefault()}>
        {product.variants.length ? (
          <SelectField
            label="New pictures show colour"
            value={variant}
            onChange={(e) => setVariant(e.target.value)}
          >
            <option value="">All colours</option>
            {product.variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.color}
              </option>
            ))}
          </SelectField>
        ) : null}
        <label
          htmlFor="image-file"
          className={`dropzone${over ? ' dropzone--over' : ''}`}
          data-testid="picture-dropzone"
          onDragOver={(event) => {
            if (dragging) return;
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDropFiles}
        >
          <strong>Drop pictures here</strong> or choose files (JPEG, PNG or WebP; several at once)
          {busy ? <span className="muted">{status}</span> : null}
        </label>
        <input
          id="image-file"
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED.join(',')}
          disabled={busy}
          onChange={(event) => void uploadAll([...(event.target.files ?? [])])}
        />
      </form>
    </section>
  );
}

/** One picture's alt text: what it shows, for people who cannot see it. Saved on its own button. */
function AltText({
  image,
  index,
  disabled,
  onSave,
}: {
  image: Image;
  index: number;
  disabled: boolean;
  onSave: (alt: string) => Promise<void>;
}) {
  const [alt, setAlt] = useState(image.alt_text);
  const id = `alt-${image.id}`;
  return (
    <div className="gallery__alt">
      <label htmlFor={id}>
        Alt text<span className="visually-hidden"> of picture {index + 1}</span>
      </label>
      <input id={id} type="text" maxLength={300} value={alt} onChange={(e) => setAlt(e.target.value)} />
      <button
        type="button"
        className="button button--small"
        disabled={disabled || alt === image.alt_text}
        onClick={() => void onSave(alt)}
        aria-label={`Save the alt text of picture ${index + 1}`}
      >
        Save
      </button>
    </div>
  );
}
