import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LanguageSettingsForm } from "@/components/admin/language-settings-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { RULES } from "@/lib/language";
import { getLanguageSettings } from "@/lib/settings/language-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/admin/settings");
  if (user.role !== "admin") notFound();
  const settings = await getLanguageSettings();
  const rules = RULES.map(({ id, category, title, message }) => ({ id, category, title, message }));
  return (
    <div className="stack">
      <h1>Settings</h1>
      <LanguageSettingsForm initial={settings} rules={rules} />
    </div>
  );
}
