/** The billing back office's frame: its four sections as tabs under the admin navigation. Behind `RequireStaff`. */
import { NavLink, Outlet } from 'react-router';

export function BillingLayout() {
  return (
    <div className="billing">
      <nav aria-label="Billing" className="tabs billing__nav">
        <NavLink to="/admin/billing" end className="tabs__link">
          Subscribers
        </NavLink>
        <NavLink to="/admin/billing/packages" className="tabs__link">
          Packages
        </NavLink>
        <NavLink to="/admin/billing/payments" className="tabs__link">
          Payments
        </NavLink>
        <NavLink to="/admin/billing/runs" className="tabs__link">
          Bill runs
        </NavLink>
      </nav>
      <Outlet />
    </div>
  );
}
