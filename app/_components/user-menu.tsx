import { signOutAction } from "@/app/masuk/actions";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { currentUser } from "@/lib/auth/server";

/** Who is signed in, in which role, and the way out. Renders nothing without a session. */
export async function UserMenu() {
  const user = await currentUser();
  if (!user) return null;
  return (
    <div className="usermenu" data-testid="user-menu" style={{ display: "flex", alignItems: "center", gap: "0.6rem", marginLeft: "auto" }}>
      <span style={{ lineHeight: 1.2, textAlign: "right" }}>
        <span style={{ display: "block", fontWeight: 600 }}>{user.name}</span>
        <small style={{ opacity: 0.85 }}>{ROLE_LABELS[user.role]}</small>
      </span>
      <a href="/ganti-sandi" style={{ color: "inherit", fontSize: "0.85rem" }}>
        Ganti sandi
      </a>
      <form action={signOutAction}>
        <button type="submit" className="secondary" style={{ padding: "0.2rem 0.7rem" }}>
          Keluar
        </button>
      </form>
    </div>
  );
}
