// A tiny React app using Siar's wrappers (`siar/react`). Built by scripts/build-embed.mjs into
// build/app.js (React bundled in, `siar/react` taken from src/react/); type-checked with
// `tsc -p demo/react/tsconfig.json`.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SiarReleases, SiarSocial, type SiarErrorEvent, type SiarLoadEvent, type SiarReleaseSelectEvent } from 'siar/react';

type Layout = 'list' | 'cards' | 'compact';

function App() {
  const [layout, setLayout] = useState<Layout>('list');
  const [count, setCount] = useState<number | undefined>(undefined);
  const [opened, setOpened] = useState('');
  const [failure, setFailure] = useState('');

  return (
    <>
      <header>
        <h1>Siar + React</h1>
        <nav className="demo-nav" aria-label="Halaman demo">
          <ul>
            <li>
              <a href="../">Beranda demo</a>
            </li>
            <li>
              <a href="../configurator.html">Konfigurator</a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        <p className="note">
          Komponen <code>SiarReleases</code> dan <code>SiarSocial</code> dari <code>siar/react</code>: atribut menjadi <em>props</em> bertipe,
          peristiwa menjadi <code>onSiarLoad</code>, <code>onSiarSelect</code>, <code>onSiarError</code>.
        </p>
        <label>
          Tata letak{' '}
          <select id="layout" value={layout} onChange={(e) => setLayout(e.target.value as Layout)}>
            <option value="list">list</option>
            <option value="cards">cards</option>
            <option value="compact">compact</option>
          </select>
        </label>
        <p id="status" role="status">
          {count === undefined ? 'Memuat siaran pers…' : `${count} siaran pers dimuat.`}
        </p>
        <section className="panel" aria-label="Siaran pers">
          <SiarReleases
            id="releases"
            src="../data/releases.json"
            limit={3}
            layout={layout}
            timeZone="Asia/Makassar"
            onSiarLoad={(e: SiarLoadEvent) => setCount(e.detail.count)}
            onSiarSelect={(e: SiarReleaseSelectEvent) => setOpened(e.detail.item.title)}
          >
            <a href="https://contohprov.go.id/berita">Siaran pers Pemprov Contoh</a>
          </SiarReleases>
        </section>
        <p id="opened">{opened ? `Dibuka: ${opened}` : ''}</p>
        <section className="panel" aria-label="Contoh keadaan galat">
          <SiarReleases id="broken" src="../data/tidak-ada.json" heading="Contoh galat" headingLevel={2} limit={2} onSiarError={(e: SiarErrorEvent) => setFailure(e.detail.kind)} />
          <p id="failure">{failure ? `Peristiwa siar-error diterima (${failure}).` : ''}</p>
        </section>
        <section className="panel" aria-label="Media sosial">
          <SiarSocial profile="../data/siar.json" showHandle />
        </section>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
