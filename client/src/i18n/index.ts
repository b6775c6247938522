// i18next with the two resource bundles; the chosen language is remembered in localStorage
// (the URL's lang parameter, when present, wins: a shared link opens in its language).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../state/view-state';
import { en } from './en';
import { ru } from './ru';

const STORAGE_KEY = 'mandate-lineage.lang';

export function rememberedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'ru' ? 'ru' : 'en';
  } catch {
    return 'en';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    // A write is a disk write (tens of ms on a busy machine), on every page load otherwise.
    if (localStorage.getItem(STORAGE_KEY) !== lang) localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or disabled storage: the URL still carries the language.
  }
}

export async function initI18n(lang: Lang): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: en }, ru: { translation: ru } },
    interpolation: { escapeValue: false }, // React escapes; double escaping would show &amp;
    returnNull: false,
  });
}

export { i18next };
