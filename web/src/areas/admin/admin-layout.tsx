import { NavLink, Outlet } from 'react-router';
import { can } from '../../lib/roles.js';
import { useSession } from '../../lib/session.js';

/** The admin area's frame: its sections, as far as the user's role reaches. Behind `RequireStaff`. */
export function AdminLayout() {
  const { user } = useSession();
  return (
    <div className="admin">
      <nav aria-label="Admin" className="tabs admin__nav">
        <NavLink to="/admin" end className="tabs__link">
          Dashboard
        </NavLink>
        {can.listUsers(user) ? (
          <NavLink to="/admin/users" className="tabs__link">
            Users
          </NavLink>
        ) : null}
        {can.manageClients(user) ? (
          <NavLink to="/admin/clients" className="tabs__link">
            API clients
          </NavLink>
        ) : null}
        <NavLink to="/admin/orders" className="tabs__link">
          Orders
        </NavLink>
        <NavLink to="/admin/inventory" className="tabs__link">
          Inventory
        </NavLink>
        <NavLink to="/pos" className="tabs__link">
          Point of sale
        </NavLink>
        <NavLink to="/admin/billing" className="tabs__link">
          Billing
        </NavLink>
        {can.decideVendors(user) ? (
          <>
            <NavLink to="/admin/promotions" className="tabs__link">
              Promotions
            </NavLink>
            <NavLink to="/admin/loyalty" className="tabs__link">
              Loyalty
            </NavLink>
          </>
        ) : null}
        {can.decideVendors(user) ? (
          <>
            <NavLink to="/admin/categories" className="tabs__link">
              Categories
            </NavLink>
            <NavLink to="/vendor/products" className="tabs__link">
              Products
            </NavLink>
          </>
        ) : null}
        {can.manageUsers(user) ? (
          <NavLink to="/admin/audit" className="tabs__link">
            Audit log
          </NavLink>
        ) : null}
        <NavLink to="/admin/mail/templates" className="tabs__link">
          Mail templates
        </NavLink>
        {can.readMail(user) ? (
          <NavLink to="/admin/mail" end className="tabs__link">
            Mail outbox
          </NavLink>
        ) : null}
      </nav>
      <Outlet />
    </div>
  );
}
