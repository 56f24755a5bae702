import { NavLink } from 'react-router';

/** Tabs between the account pages. */
export function AccountNav() {
  return (
    <nav aria-label="Account" className="tabs">
      <NavLink to="/account" end className="tabs__link">
        Profile
      </NavLink>
      <NavLink to="/account/password" className="tabs__link">
        Password
      </NavLink>
      <NavLink to="/account/loyalty" className="tabs__link">
        Loyalty card
      </NavLink>
      <NavLink to="/account/billing" className="tabs__link">
        Billing
      </NavLink>
    </nav>
  );
}
