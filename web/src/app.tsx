import { BrowserRouter, Route, Routes } from 'react-router';
import { SignInPage } from './areas/account/sign-in-page.js';
import { HomePage } from './shell/home-page.js';
import { Layout } from './shell/layout.js';
import { NotFoundPage } from './shell/not-found-page.js';

/** Client routes. Anything the server does not own falls back to index.html, then lands here. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="signin" element={<SignInPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
