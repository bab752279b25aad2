const COMPONENTS = [
  ["persyaratan", "Persyaratan"],
  ["prosedur", "Prosedur"],
  ["waktu", "Waktu"],
  ["biaya", "Biaya"],
  ["produk", "Produk"],
  ["pengaduan", "Pengaduan"],
] as const;

export function ServiceMatrix({ services }: { services: { name: string; url: string | null; components: Record<string, boolean> }[] }) {
  if (!services.length) {
    return <p className="empty">Belum ada halaman layanan yang dikenali. Terbitkan satu halaman per jenis layanan berisi enam komponen standar pelayanan.</p>;
  }
  return (
    <div className="table-box">
      <table data-testid="service-matrix">
        <thead>
          <tr>
            <th scope="col">Layanan</th>
            {COMPONENTS.map(([k, label]) => (
              <th key={k} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={s.name}>
              <th scope="row">
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noreferrer noopener">
                    {s.name}
                  </a>
                ) : (
                  <>
                    {s.name} <span className="small muted">(halaman tidak ditemukan)</span>
                  </>
                )}
              </th>
              {COMPONENTS.map(([k]) => (
                <td key={k}>{s.components[k] ? <span className="matrix-yes">✓ ada</span> : <span className="matrix-no">✗ belum</span>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
