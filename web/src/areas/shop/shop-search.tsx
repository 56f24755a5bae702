import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';

/** The products list for `words` (all products when blank). */
export function searchPath(words: string): string {
  const trimmed = words.trim();
  return trimmed ? `/shop/products?search=${encodeURIComponent(trimmed)}` : '/shop/products';
}

/**
 * The shop's search box: submitting opens the products list searched for what
 * was typed. Used by the storefront home (large, in the hero) and the shop's
 * front page (small, beside its title).
 */
export function ShopSearch({
  label,
  placeholder,
  className,
  small = false,
}: {
  /** The form's name for assistive technology. */
  label: string;
  placeholder: string;
  className?: string;
  small?: boolean;
}) {
  const navigate = useNavigate();
  const id = useId();
  const [search, setSearch] = useState('');
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    navigate(searchPath(search));
  };
  return (
    <form
      className={className ? `shop-search ${className}` : 'shop-search'}
      aria-label={label}
      onSubmit={onSearch}
    >
      <label htmlFor={id} className="visually-hidden">
        Search products
      </label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <button type="submit" className={small ? 'button button--small' : 'button'}>
        Search
      </button>
    </form>
  );
}
